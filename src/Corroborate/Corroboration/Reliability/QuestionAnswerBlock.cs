using System.Text.RegularExpressions;
using Corroborate.Lexicons;

namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// A question-and-answer block in an article's text: two or more "Q: …" lines each answered by an "A: …" line, or a
/// FAQ heading (<c>Lexicons/faq-headings.txt</c>) followed by two or more questions. Search-engine content farms
/// append one to rewritten news; a newsroom's explainer may use one too, so it is weak evidence only.
/// </summary>
internal static partial class QuestionAnswerBlock
{
    private const int MinPairs = 2;

    private static readonly Lazy<HashSet<string>> Headings = new(() =>
        new HashSet<string>(Lexicon.Entries("faq-headings.txt"), StringComparer.OrdinalIgnoreCase));

    // Lines a block's questions may stand apart (an answer of a few paragraphs); further apart, they are not one block.
    private const int MaxGap = 4;

    /// <summary>The first line of the block, or null when the text has none.</summary>
    public static string? Find(string text)
    {
        string[] lines = [.. text.Split('\n').Select(static l => l.Trim()).Where(static l => l.Length > 0)];
        int pairs = 0, questionsAfterHeading = -1, lastPair = int.MinValue / 2, lastQuestion = int.MinValue / 2;
        string? heading = null, firstPair = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (Headings.Value.Contains(line.TrimEnd(':')))
            {
                questionsAfterHeading = 0;
                heading = line;
                lastQuestion = i;
                continue;
            }

            if (Question().IsMatch(line) && i + 1 < lines.Length && Answer().IsMatch(lines[i + 1]))
            {
                // Pairs far apart are quotes of an interview, not a block.
                if (i - lastPair > MaxGap)
                {
                    pairs = 0;
                    firstPair = line;
                }

                pairs++;
                lastPair = i;
            }

            if (questionsAfterHeading >= 0 && line.EndsWith('?'))
            {
                questionsAfterHeading = i - lastQuestion > MaxGap ? -1 : questionsAfterHeading + 1;
                lastQuestion = i;
            }

            if (pairs >= MinPairs)
            {
                return firstPair;
            }

            if (questionsAfterHeading >= MinPairs)
            {
                return heading;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Q\s*[:.)]\s+\S.*\?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"^A\s*[:.)]\s+\S", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Answer();
}
