using System.Globalization;
using System.Text;

namespace Corroborate.Cli.Bench;

/// <summary>
/// A deterministic synthetic news corpus for the benchmark: many stories of made-up words and names, with
/// exact, near and truncated copies, dated events and aggregator pages carrying teasers. Same seed, same corpus.
/// </summary>
internal sealed class SyntheticCorpus(int seed)
{
    private const int StorySize = 6;
    private static readonly string[] Syllables = ["ka", "lo", "mer", "tan", "vi", "dro", "sel", "par", "qui", "nor", "bel", "tis", "gra", "mon", "fen", "lur", "zo", "hap", "rin", "dul", "ces", "ob", "yan", "wel"];
    private static readonly string[] Function = ["the", "of", "and", "to", "in", "a", "on", "for", "with", "that", "was", "said", "by", "after", "as", "from", "at", "its", "their", "which"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private readonly Random _random = new(seed);
    private readonly string[] _vocabulary = MakeWords(new Random(seed ^ 0x5f3759df), 6000);

    /// <summary>Yields (file name, text) pairs; <paramref name="articles"/> counts articles, teasers included.</summary>
    public IEnumerable<(string Name, string Text)> Documents(int articles)
    {
        int produced = 0;
        int story = 0;
        while (produced < articles)
        {
            var topic = Enumerable.Range(0, 40).Select(_ => _vocabulary[_random.Next(_vocabulary.Length)]).ToArray();
            var names = Enumerable.Range(0, 4).Select(_ => Capitalize(Word(_random)) + " " + Capitalize(Word(_random))).ToArray();
            var date = new DateOnly(2024, 1, 1).AddDays(story / 20);
            string original = Body(topic, names, 14);
            for (int k = 0; k < StorySize && produced < articles; k++)
            {
                string body = (k % StorySize) switch
                {
                    1 => original,
                    2 => Truncate(original),
                    3 => Repunctuate(original),
                    _ => Body(topic, names, 12),
                };
                var eventDate = k >= 4 ? date.AddDays(12) : date;
                string dateline = eventDate.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);
                string text = $"{dateline}\n{Headline(topic)}\n\n{body}\n";
                if (_random.Next(10) == 0 && produced + 3 <= articles)
                {
                    text += Teasers(2);
                    produced += 2;
                }

                produced++;
                yield return ($"s{story:D6}-{k}.txt", text);
            }

            story++;
        }
    }

    private string Body(string[] topic, string[] names, int sentences)
    {
        var text = new StringBuilder();
        for (int s = 0; s < sentences; s++)
        {
            int length = 12 + _random.Next(14);
            for (int w = 0; w < length; w++)
            {
                string word = _random.Next(3) switch
                {
                    0 => Function[_random.Next(Function.Length)],
                    1 => topic[_random.Next(topic.Length)],
                    _ => _vocabulary[_random.Next(_vocabulary.Length)],
                };
                if (w == 3 && s % 2 == 0)
                {
                    word = names[_random.Next(names.Length)];
                }

                text.Append(w == 0 ? Capitalize(word) : word);
                text.Append(w == length - 1 ? ". " : " ");
            }

            // Roles, quantities and durations, so the mentions and corroboration stages have work; the numbers vary
            // between articles of a story so that some keys conflict.
            if (s % 4 == 1)
            {
                text.Append($"Mayor {names[0]} said about {(1 + _random.Next(3)) * 400} residents left their homes after talks lasted less than {1 + _random.Next(2)} hours. ");
            }

            if (s % 4 == 3)
            {
                text.Append($"Officials met on {Weekdays[_random.Next(Weekdays.Length)]}. ");
                text.Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    private string Headline(string[] topic) =>
        Capitalize(string.Join(' ', Enumerable.Range(0, 7).Select(_ => topic[_random.Next(topic.Length)])));

    private string Teasers(int count)
    {
        var text = new StringBuilder("Related Articles\n");
        for (int t = 0; t < count; t++)
        {
            var topic = Enumerable.Range(0, 30).Select(_ => _vocabulary[_random.Next(_vocabulary.Length)]).ToArray();
            string outlet = Capitalize(Word(_random)) + " News";
            text.Append($"{outlet}\n{5 + _random.Next(50)} minutes ago\n- {outlet}\n{Headline(topic)}\n");
            text.Append(Body(topic, [Capitalize(Word(_random))], 8).Replace('\n', ' ')).Append('\n');
        }

        return text.ToString();
    }

    private string Truncate(string text)
    {
        int cut = text.Length * (30 + _random.Next(40)) / 100;
        return text[..cut] + "...";
    }

    private static string Repunctuate(string text) =>
        text.Replace(". ", ".", StringComparison.Ordinal).Replace(" said ", " said, ", StringComparison.Ordinal);

    private static string[] MakeWords(Random random, int count)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
        {
            words.Add(Word(random));
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }

    private static string Word(Random random)
    {
        int parts = 2 + random.Next(2);
        var word = new StringBuilder();
        for (int p = 0; p < parts; p++)
        {
            word.Append(Syllables[random.Next(Syllables.Length)]);
        }

        return word.ToString();
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
