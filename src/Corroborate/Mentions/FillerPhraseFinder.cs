using System.Buffers;
using Corroborate.Lexicons;

namespace Corroborate.Mentions;

/// <summary>
/// Stock phrases of machine-written "news": dramatic framing and empty transitions that reporters rarely use and
/// text generators use a lot. One phrase means nothing; several in one article are a signal, reported with the phrases.
/// </summary>
public sealed class FillerPhraseFinder : MentionFinder
{
    internal override void FindInArticle(MentionScan scan) => scan.FillerPhrases = Find(scan.Text);

    // Lexicons/filler-phrases.txt, in file order (the first phrase that matches at a position wins).
    private static readonly string[] Phrases = [.. Lexicon.Entries("filler-phrases.txt")];

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
