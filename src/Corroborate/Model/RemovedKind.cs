namespace Corroborate.Model;

/// <summary>
/// What a <see cref="RemovedBlock"/> is. Reports and the JSON contract spell each value with the name that
/// <see cref="ContractNames"/> gives it ("share-widget", not "ShareWidget"), so renaming a member never changes output.
/// </summary>
public enum RemovedKind
{
    /// <summary>A photo caption, inline or on its own line.</summary>
    Caption,

    /// <summary>A photo, agency, wire or reporting credit.</summary>
    Credit,

    /// <summary>Share, follow or print buttons, or a prompt to follow the outlet on social media.</summary>
    ShareWidget,

    /// <summary>A comment widget ("12 Comments", "Leave a comment").</summary>
    Comments,

    /// <summary>Links or teasers to other stories: a related-stories header or box, a numbered most-read list.</summary>
    RelatedLinks,

    /// <summary>An advertisement slot.</summary>
    Advertisement,

    /// <summary>A pointer to another story ("Read more: …") or a headline without a body.</summary>
    Promo,

    /// <summary>A sign-in, subscription or newsletter prompt.</summary>
    SignIn,

    /// <summary>A hashtags or tags line.</summary>
    Tags,

    /// <summary>A footer: copyright, "For the latest from …", a note on where the article was published.</summary>
    Footer,

    /// <summary>An author line ("By …").</summary>
    Byline,

    /// <summary>HTML comment markers left in the text.</summary>
    HtmlRemnant,

    /// <summary>A time or date line inside the article.</summary>
    Timestamp,

    /// <summary>A reference list appended after the article end ("[1] … - Outlet").</summary>
    References,

    /// <summary>A bullet summary outside the article body.</summary>
    Summary,

    /// <summary>A short line that many documents of the batch share.</summary>
    Repeated,

    /// <summary>The outlet and time-ago lines heading a teaser.</summary>
    TeaserHeader,

    /// <summary>The headline, kept as the article's title.</summary>
    Title,

    /// <summary>A line that is only a date, kept as the article's publication date.</summary>
    Dateline,

    /// <summary>Short non-sentence lines before the article starts.</summary>
    Navigation,

    /// <summary>"Read the original article on …": its outlet is kept as the article's outlet.</summary>
    SourceNote,

    /// <summary>Any other short line that is neither a sentence nor a subheading.</summary>
    Boilerplate,
}
