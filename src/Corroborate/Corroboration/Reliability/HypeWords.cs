using System.Collections.Frozen;
using Corroborate.Lexicons;
using Corroborate.Model;

namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// Sensational wording (Lexicons/hype-words.txt): which of its words an article uses, and how often per word of
/// text. A rate means something only beside the other reports of the same story, which tell the same happening.
/// </summary>
internal static class HypeWords
{
    private static readonly FrozenSet<string> Words = Lexicon.Entries("hype-words.txt").ToFrozenSet(StringComparer.Ordinal);

    public readonly record struct Use(IReadOnlyList<string> Distinct, double Rate);

    public static Use Of(AnalyzedArticle article)
    {
        var distinct = new List<string>();
        int uses = 0;
        foreach (string word in article.Words)
        {
            if (Words.Contains(word))
            {
                uses++;
                if (!distinct.Contains(word, StringComparer.Ordinal))
                {
                    distinct.Add(word);
                }
            }
        }

        return new Use(distinct, article.Words.Length == 0 ? 0 : uses / (double)article.Words.Length);
    }
}
