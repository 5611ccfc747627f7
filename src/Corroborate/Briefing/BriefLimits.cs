namespace Corroborate.Briefing;

/// <summary>How long a brief may grow: enough to read in a minute; the most supported sentences are kept.</summary>
public static class BriefLimits
{
    public const int SentencesPerEvent = 12;

    public const int SentencesPerStory = 20;

    public const int CoverageFacts = 40;
}
