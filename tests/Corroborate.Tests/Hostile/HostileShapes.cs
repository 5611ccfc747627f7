using System.Text;

namespace Corroborate.Tests.Hostile;

/// <summary>
/// Inputs shaped to make a careless stage super-linear, at a size given by n, generated from a fixed seed so every run
/// (the work-growth tests, the fuzz replay, a saved corpus file) sees the same bytes. The text is fictional, written
/// for these tests: invented names and a council that does not exist.
/// </summary>
internal static class HostileShapes
{
    private const int Seed = 17;

    private static readonly string[] Syllables = ["al", "der", "mo", "bri", "ca", "ven", "tor", "lin", "mar", "ro", "sa", "ne", "pa", "ti", "ku", "fe"];

    /// <summary>One paragraph of n quotations, each "“…,” said Given Surname." with a different invented surname.</summary>
    public static string QuoteChain(int n)
    {
        var random = new Random(Seed);
        var sb = new StringBuilder("Council hears the harbour plan\n\n");
        for (int i = 0; i < n; i++)
        {
            sb.Append("\u201cThe plan will work,\u201d said ").Append(Word(random.Next(256), 2)).Append(' ').Append(Surname(i)).Append(". ");
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>n containers opened inside each other around one sentence, then closed: <c>&lt;div&gt;</c>×n text <c>&lt;/div&gt;</c>×n.</summary>
    public static string NestedDivs(int n) =>
        "<html><body>" + Repeat("<div>", n) + "<p>The council met on Monday and approved the budget for the new library.</p>"
        + Repeat("</div>", n) + "</body></html>";

    /// <summary>One line of about n characters of lower-case words with no punctuation at all.</summary>
    public static string UnpunctuatedLine(int n)
    {
        var random = new Random(Seed);
        string[] words = ["council", "harbour", "library", "budget", "vote", "plan", "ferry", "roof", "river", "market", "the", "of"];
        var sb = new StringBuilder("Council notes\n\n");
        int start = sb.Length;
        while (sb.Length - start < n)
        {
            sb.Append(words[random.Next(words.Length)]).Append(' ');
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>n tiny paragraphs, <c>&lt;p&gt;a&lt;/p&gt;</c> each, after a short article.</summary>
    public static string TinyElements(int n) =>
        "<html><body><article><h1>Library vote</h1><p>The city council voted on Tuesday to keep the old harbour library open for five more years.</p>"
        + Repeat("<p>a</p>", n) + "</article></body></html>";

    /// <summary>A paragraph of n <c>&amp;amp;</c> entities, as HTML (<paramref name="html"/>) or as plain text.</summary>
    public static string EntityStorm(int n, bool html) => html
        ? "<html><body><p>The council said " + Repeat("&amp;", n) + " nothing more.</p></body></html>"
        : "Council notes\n\nThe council said " + Repeat("&amp;", n) + " nothing more.\n";

    /// <summary>One paragraph of n short sentences, each naming a day and a number so the finders have work.</summary>
    public static string SentenceRun(int n)
    {
        var random = new Random(Seed);
        string[] things = ["council", "ferry", "library", "market", "bridge", "school"];
        string[] verbs = ["opened", "closed", "met", "voted", "paused", "reopened"];
        var sb = new StringBuilder("Harbour week in review\n\n");
        for (int i = 0; i < n; i++)
        {
            sb.Append("The ").Append(things[random.Next(things.Length)]).Append(' ').Append(verbs[random.Next(verbs.Length)])
                .Append(" on day ").Append(i + 1).Append(". ");
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>A surname unique to <paramref name="i"/> (up to 16⁴), so no two quotes share a speaker.</summary>
    private static string Surname(int i) => Word(i, 4);

    private static string Word(int value, int syllables)
    {
        var sb = new StringBuilder();
        for (int s = 0; s < syllables; s++)
        {
            sb.Append(Syllables[value % Syllables.Length]);
            value /= Syllables.Length;
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();
}
