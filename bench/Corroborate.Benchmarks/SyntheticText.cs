using System.Text;

namespace Corroborate.Benchmarks;

/// <summary>Deterministic article-like text from a seeded Random over a small invented vocabulary.</summary>
public static class SyntheticText
{
    private static readonly string[] Vocabulary =
    [
        "the", "a", "of", "to", "in", "and", "on", "for", "with", "at", "by", "from", "after", "before", "while",
        "council", "harbor", "bridge", "minister", "village", "river", "market", "school", "ferry", "budget",
        "engineers", "residents", "mayor", "report", "storm", "festival", "museum", "railway", "farmers", "court",
        "said", "announced", "reopened", "rejected", "approved", "delayed", "promised", "warned", "visited", "built",
        "new", "old", "local", "northern", "public", "early", "second", "small", "large", "quiet", "rapid",
        "Velmora", "Darrow", "Osei", "Finch", "Reyl", "Ostrand", "Kallio", "Tuesday", "March", "2024", "1,200", "48",
    ];

    /// <summary>About <paramref name="words"/> words in sentences of 8–24 words, some with quotes and abbreviations.</summary>
    public static string Article(int words, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(words * 7);
        int written = 0;
        while (written < words)
        {
            int length = random.Next(8, 25);
            bool quoted = random.Next(6) == 0;
            text.Append(quoted ? "\u201c" : string.Empty);
            for (int i = 0; i < length; i++)
            {
                string word = Vocabulary[random.Next(Vocabulary.Length)];
                text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                text.Append(i == length - 1 ? (quoted ? ".\u201d " : ". ") : random.Next(12) == 0 ? ", " : " ");
            }

            if (random.Next(5) == 0)
            {
                text.Append("Dr. Ostrand said so at 3.5 p.m. on Friday. ");
                written += 9;
            }

            if (random.Next(4) == 0)
            {
                text.Append('\n');
            }

            written += length;
        }

        return text.ToString().TrimEnd();
    }
}
