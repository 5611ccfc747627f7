using System.Buffers;

namespace Corroborate.Mentions;

/// <summary>
/// Stock phrases of machine-written "news": dramatic framing and empty transitions that reporters rarely use and
/// text generators use a lot. One phrase means nothing; several in one article are a signal, reported with the phrases.
/// </summary>
public sealed class FillerPhraseFinder : MentionFinder
{
    internal override void FindInArticle(MentionScan scan) => scan.FillerPhrases = Find(scan.Text);

    private static readonly string[] Phrases =
    [
        "in a turn of", "on the other side of the coin", "the stakes are high", "the stakes could not be higher",
        "stakes have never been higher", "remains to be seen", "only time will tell", "in today's fast-paced",
        "it is important to note", "it's important to note", "it is worth noting", "it's worth noting", "delve into",
        "a testament to", "navigating the complexities", "navigate the complexities", "ever-evolving", "ever-changing landscape",
        "plays a pivotal role", "a pivotal moment", "marking a pivotal", "sent shockwaves", "hanging in the balance",
        "set the stage for", "usher in a new era", "a new era of", "tensions simmering", "simmering beneath the surface",
        "in conclusion", "despite these challenges", "there remains hope", "as the world watches", "the world is watching",
        "a beacon of", "rich tapestry", "multifaceted", "paving the way for", "a game-changer", "game changer",
        "a series of disturbing events", "in the grand scheme", "at the end of the day", "a stark reminder",
        "serves as a reminder", "a double-edged sword", "a dramatic week", "eagerly awaited", "much-anticipated",
        "the road ahead", "a delicate balance", "raising questions about whether", "leaving many wondering",
        "in an unprecedented move", "sparking widespread", "the world holds its breath", "a glimmer of hope",
        "amidst",
    ];

    private static readonly SearchValues<string> Search = SearchValues.Create(Phrases, StringComparison.OrdinalIgnoreCase);

    /// <summary>The distinct stock phrases in <paramref name="text"/>, in order of first appearance.</summary>
    internal static List<string> Find(string text)
    {
        var found = new List<string>();
        ReadOnlySpan<char> rest = text;
        int offset = 0;
        while (true)
        {
            int at = rest.IndexOfAny(Search);
            if (at < 0)
            {
                break;
            }

            string? phrase = PhraseAt(text.AsSpan(offset + at));
            if (phrase is null)
            {
                break;
            }

            bool wordStart = offset + at == 0 || !char.IsLetter(text[offset + at - 1]);
            if (wordStart && !found.Contains(phrase, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(phrase);
            }

            offset += at + 1;
            rest = text.AsSpan(offset);
        }

        return found;
    }

    private static string? PhraseAt(ReadOnlySpan<char> text)
    {
        foreach (string phrase in Phrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return phrase;
            }
        }

        return null;
    }
}
