using System.Text.RegularExpressions;
using Corroborate.Properties.Generators;
using Corroborate.Properties.Support;
using CsCheck;

namespace Corroborate.Properties;

/// <summary>The generators do what the properties assume of them.</summary>
public partial class GeneratorTests
{
    /// <summary>The words each topic brings (its pools, outlets and reporters); template words are shared by design.</summary>
    private static HashSet<string> WordsOf(int t)
    {
        Topic topic = Topics.All[t];
        IEnumerable<string> phrases = topic.Places.Concat(topic.People.SelectMany(static p => new[] { p.Title, p.Given, p.Family }))
            .Concat([topic.Org]).Concat(topic.Headlines.Select(static h => Regex.Replace(h, @"\{\w+\}", " "))).Concat(topic.Counted).Concat(topic.Things).Concat(topic.Done).Concat(topic.Quotes)
            .Concat(Enumerable.Range(0, 3).Select(i => Topics.Outlet(t, i))).Concat(Enumerable.Range(0, 2).Select(i => Topics.Reporter(t, i)))
            .Concat([topic.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return [.. phrases.SelectMany(static p => Word().Matches(p.ToLowerInvariant()).Select(static m => m.Value)).Where(static w => !Shared.Contains(w))];
    }

    // Function words and the one or two generic words the pools may share ("the" in a quote, "of" in an organisation).
    private static readonly HashSet<string> Shared = ["the", "of", "a", "in", "is", "not", "we", "our", "us", "for", "to", "did", "what", "them", "just", "time", "no", "every", "until", "before", "any", "than", "out", "on", "and", "does", "are", "change", "held", "its", "all", "news", "post", "as", "after", "at", "with", "near", "off"];

    [Fact]
    public void Topics_share_no_content_word_name_outlet_reporter_or_year()
    {
        for (int a = 0; a < Topics.All.Length; a++)
        {
            for (int b = a + 1; b < Topics.All.Length; b++)
            {
                var common = WordsOf(a).Intersect(WordsOf(b)).ToList();
                Assert.True(common.Count == 0, $"{Topics.All[a].Key} and {Topics.All[b].Key} share {string.Join(", ", common)}");
                Assert.True(Math.Abs(Topics.All[a].Year - Topics.All[b].Year) >= 1, "two topics in one year");
            }
        }
    }

    [Fact]
    public void Separate_corpora_have_distinct_topics_and_dated_pages()
    {
        NewsGen.Interleaved(NewsGen.Profile.Separate).Sample(c =>
        {
            Assert.Equal(c.Corpus.Topics.Length, c.Corpus.Topics.Select(static t => t.Topic).Distinct().Count());
            Assert.Equal(c.Corpus.DocumentCount, c.Order.Length);
            Assert.All(Renderer.Render(c.Corpus), d => Assert.Matches(@"(Published \d{4}-\d\d-\d\d|\d{4})", d.Text));
        }, iter: 200, print: static c => TempCorpus.Print(c.Corpus));
    }

    [Fact]
    public void Corpora_hold_html_and_text_unicode_furniture_and_hostile_lines()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        NewsGen.Corpus(NewsGen.Profile.Any).Sample(spec =>
        {
            foreach (GeneratedDocument d in Renderer.Render(spec))
            {
                if (d.Name.EndsWith(".html", StringComparison.Ordinal)) seen["html"] = true;
                if (d.Name.EndsWith(".txt", StringComparison.Ordinal)) seen["text"] = true;
                if (d.Bom) seen["bom"] = true;
                if (d.Text.Contains("\r\n", StringComparison.Ordinal)) seen["crlf"] = true;
                if (d.Text.Contains('\u200B', StringComparison.Ordinal)) seen["zero-width"] = true;
                if (d.Text.Contains('\u0301', StringComparison.Ordinal)) seen["combining"] = true;
                if (d.Text.Contains('\t', StringComparison.Ordinal)) seen["tab"] = true;
                if (d.Text.Contains("Share this article", StringComparison.Ordinal)) seen["share"] = true;
                if (d.Text.Split('\n').Any(static l => l.Length > 2000)) seen["long line"] = true;
                if (Regex.IsMatch(d.Text, @"\p{IsCJKUnifiedIdeographs}")) seen["cjk"] = true;
                if (d.Text.Contains("...", StringComparison.Ordinal)) seen["truncated"] = true;
            }
        }, iter: 300, threads: 1);

        Assert.Equal(["bom", "cjk", "combining", "crlf", "html", "long line", "share", "tab", "text", "truncated", "zero-width"], seen.Keys.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
