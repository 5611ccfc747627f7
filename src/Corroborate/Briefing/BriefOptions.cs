namespace Corroborate.Briefing;

/// <summary>How long a brief may grow: enough to read in a minute; the most supported sentences are kept.</summary>
public sealed record BriefOptions
{
    public static BriefOptions Default { get; } = new();

    /// <summary>Sentences in each event's brief (default 12).</summary>
    public int SentencesPerEvent { get; init; } = 12;

    /// <summary>Sentences in the story-wide brief (default 20).</summary>
    public int SentencesPerStory { get; init; } = 20;

    /// <summary>Facts (columns) of the coverage matrix (default 40), the most supported kept.</summary>
    public int CoverageFacts { get; init; } = 40;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first impossible option.</summary>
    public void Validate()
    {
        if (SentencesPerEvent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SentencesPerEvent), "A brief cannot hold fewer than 0 sentences.");
        }

        if (SentencesPerStory < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SentencesPerStory), "A brief cannot hold fewer than 0 sentences.");
        }

        if (CoverageFacts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CoverageFacts), "A coverage matrix cannot hold fewer than 0 facts.");
        }
    }
}
