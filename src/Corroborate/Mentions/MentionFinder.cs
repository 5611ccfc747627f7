namespace Corroborate.Mentions;

/// <summary>
/// One finder of the mentions stage. The stage tokenizes each sentence once and hands it to every finder's
/// <see cref="FindInSentence"/>, in list order; then it calls every finder's <see cref="FindInArticle"/>, in list order,
/// for what needs the whole article. Finders are stateless and shared across threads: per-article state lives in the
/// scan. The list is on <see cref="Pipeline.PipelineBuilder.MentionFinders"/>, addressed by type.
/// </summary>
public abstract class MentionFinder
{
    private protected MentionFinder()
    {
    }

    /// <summary>Finders whose findings this one reads: each must come earlier in the list (checked when the stage is built).</summary>
    internal virtual IEnumerable<Type> Needs => [];

    internal virtual void FindInSentence(SentenceTokens sentence, MentionScan scan)
    {
    }

    internal virtual void FindInArticle(MentionScan scan)
    {
    }
}
