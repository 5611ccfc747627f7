namespace Corroborate.Extraction;

/// <summary>What one line is, as decided from its own text (context is applied later by the segmenter).</summary>
internal enum LineKind
{
    Blank,
    Prose,
    Headline,
    Dateline,
    TimeAgo,
    RelatedHeader,
    InlinePromo,
    ShareWidget,
    CommentsWidget,
    Advertisement,
    SignIn,
    WireCredit,
    Tags,
    AgencyCredit,
    CounterCaption,
    Caption,
    Reference,
    Bullet,
    Provenance,
    LatestFrom,
    CommentRemnant,
    Copyright,
    FollowPrompt,
    LinkList,
    Byline,
    Consent,
    Other,
}
