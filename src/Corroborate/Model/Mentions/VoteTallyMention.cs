namespace Corroborate.Model;

/// <summary>A vote tally as news writes it: "by 21 votes to 20", "voted it down 21-20", "26 in favour and 15 against".</summary>
/// <param name="Start">Start of the phrase in the clean text.</param>
internal sealed record VoteTallyMention(int For, int Against, int Sentence, int Start, int End)
{
    /// <summary>The tally as compared across outlets, whatever their wording: "21-20".</summary>
    public string Tally => $"{For}-{Against}";
}
