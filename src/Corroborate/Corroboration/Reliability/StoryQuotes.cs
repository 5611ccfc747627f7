using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration.Reliability;

/// <summary>What other sources make of one of an article's quotations.</summary>
internal enum QuoteStanding
{
    /// <summary>Another source has the same words from the same speaker, or nobody else quotes the speaker.</summary>
    Unremarkable,

    /// <summary>Nobody else has these words, though two other sources agree on what the speaker said.</summary>
    Unmatched,

    /// <summary>Other sources give the same words to someone else, and more of them than give them to this speaker.</summary>
    Misattributed,
}

/// <summary>A quotation of an article judged against every other source's quotations in the story.</summary>
internal sealed record QuoteFinding(QuoteStanding Standing, string Speaker, string? OtherSpeaker, Citation Evidence);

/// <summary>
/// The story's attributed quotations, by independent source, compared by their content words: the same words given to
/// two speakers by different sources is a misattribution on the side fewer sources take; words from a speaker that
/// no other source has, where two others agree on that speaker's words, are unmatched. Copies of one report are one source.
/// </summary>
internal sealed class StoryQuotes
{
    private readonly List<Quote> _quotes = [];
    private readonly ReliabilityOptions _options;

    public StoryQuotes(IEnumerable<ArticleReport> articles, Func<ArticleReport, string> sourceOf, ReliabilityOptions options)
    {
        _options = options;
        foreach (ArticleReport article in articles)
        {
            string text = article.Article.Text;
            foreach (QuoteMention quote in article.Analyzed.Mentions.Quotes)
            {
                if (quote.Speaker is null || quote.Start < 0 || quote.End > text.Length || quote.End <= quote.Start)
                {
                    continue;
                }

                HashSet<string> words = ContentWords(text.AsSpan(quote.Start, quote.End - quote.Start));
                if (words.Count >= options.QuoteMinWords)
                {
                    _quotes.Add(new Quote(article, sourceOf(article), quote.Speaker, words, quote.Sentence));
                }
            }
        }
    }

    /// <summary>The findings on <paramref name="article"/>'s quotations that are not unremarkable, one per quotation.</summary>
    public List<QuoteFinding> Of(ArticleReport article)
    {
        var findings = new List<QuoteFinding>();
        foreach (Quote own in _quotes.Where(q => ReferenceEquals(q.Article, article)))
        {
            var others = _quotes.Where(q => q.Source != own.Source).ToList();
            var sameWords = others.Where(q => Same(own.Words, q.Words)).ToList();
            int agree = sameWords.Where(q => PersonNames.SameAs(q.Speaker, own.Speaker)).Select(q => q.Source).Distinct(StringComparer.Ordinal).Count();
            // Someone the article itself names may be the speaker it meant ("X and Y said", a quote read back to the
            // wrong one of two people in a sentence): only a speaker the article never names is another's words.
            var elsewhere = sameWords.Where(q => !PersonNames.SameAs(q.Speaker, own.Speaker) && !Names(article, q.Speaker))
                .GroupBy(q => q.Source, StringComparer.Ordinal)
                .Select(g => g.First())
                .ToList();
            if (article.Analyzed.Cite(own.Sentence) is not { } citation)
            {
                continue;
            }

            if (elsewhere.Count > agree)
            {
                string other = elsewhere.GroupBy(q => q.Speaker, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                findings.Add(new QuoteFinding(QuoteStanding.Misattributed, own.Speaker, other, citation));
            }
            else if (sameWords.Count == 0 && OthersAgreeOn(others.Where(q => PersonNames.SameAs(q.Speaker, own.Speaker)).ToList()))
            {
                findings.Add(new QuoteFinding(QuoteStanding.Unmatched, own.Speaker, null, citation));
            }
        }

        return findings;
    }

    /// <summary>
    /// True when two independent sources give the speaker the same words: the speaker's words are then on record, and a
    /// third version nobody else has stands out. Different outlets quoting different parts of one speech do not.
    /// </summary>
    private bool OthersAgreeOn(List<Quote> quotes)
    {
        for (int i = 0; i < quotes.Count; i++)
        {
            for (int j = i + 1; j < quotes.Count; j++)
            {
                if (quotes[i].Source != quotes[j].Source && Same(quotes[i].Words, quotes[j].Words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Names(ArticleReport article, string person) =>
        article.Analyzed.Mentions.People.Any(p => PersonNames.SameAs(p.Name, person));

    private bool Same(HashSet<string> a, HashSet<string> b)
    {
        int shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return shared >= _options.QuoteSameShare * Math.Min(a.Count, b.Count);
    }

    /// <summary>Lower-cased words of four or more letters: short function words say nothing about which quote it is.</summary>
    private static HashSet<string> ContentWords(ReadOnlySpan<char> span)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= span.Length; i++)
        {
            bool letter = i < span.Length && char.IsLetter(span[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    words.Add(span[start..i].ToString().ToLowerInvariant());
                }

                start = -1;
            }
        }

        return words;
    }

    private sealed record Quote(ArticleReport Article, string Source, string Speaker, HashSet<string> Words, int Sentence);
}
