using System.Text;

namespace Corroborate.Tests.Extraction;

/// <summary>Pages built to make a careless extractor slow, at a size given by n.</summary>
internal static class HostilePages
{
    /// <summary>Four lines, each about 20n characters: a capitalized run after a source note, ", " before a period, comment markers, a counter line cut by "...".</summary>
    public static string Lines(int n) => new StringBuilder()
        .Append("Read the original article on ").Append(Repeat("ABCDEFGHIJ", 2 * n)).Append('\n')
        .Append(Repeat("a, ", 30 * n)).Append(".\n")
        .Append(Repeat("<!\u2013 ", 20 * n)).Append('\n')
        .Append("1 ").Append(Repeat("Word word word ", 5 * n)).Append("...\n")
        .ToString();

    /// <summary>n containers, each opened inside the one before and never closed, each with a short paragraph.</summary>
    public static string NestedContainers(int n) => "<html><body>" + Repeat("<div><p>x, y. ", n) + "</body></html>";

    /// <summary>A paragraph of n "a &lt; b" comparisons with no tag closed after them: every '&lt;' opens a tag that never ends.</summary>
    public static string UnclosedAngles(int n) =>
        "<html><body><p>" + Repeat("The council said the vote count a < b was not final, ", n);

    /// <summary>
    /// An article with n/10 related boxes inside it (each followed by enough prose that the article goes on),
    /// gallery captions sharing one counter, then n/10 teasers with blurbs and numbered most-read items.
    /// </summary>
    public static string ManyBlocks(int n)
    {
        var sb = new StringBuilder(Fixtures.LibraryBody);
        for (int i = 0; i < n / 10; i++)
        {
            sb.Append("Related stories\n");
            for (int p = 0; p < 3; p++)
            {
                sb.Append("The council said on Tuesday that the repairs to the old roof of the harbour library would begin in the spring ")
                    .Append("and take about two years, and that the reading room would stay open during the work.\n");
            }

            sb.Append("3 Crowds gather at the harbour before the vote\n");
        }

        for (int i = 0; i < n / 10; i++)
        {
            sb.Append("Northline News\n5 minutes ago\nHarbour ferry returns after repairs\n");
            sb.Append("The ferry is back after three weeks of repairs to its engine\u2026\n");
            sb.Append(i + 1).Append(". Library roof to be replaced\n");
        }

        return sb.ToString();
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();
}
