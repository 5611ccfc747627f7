using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// The extract stage: one decoded document in, its clean articles out (main article first, then teasers
/// with a body). Thread-safe: it holds only its options and the stage objects built from them, and every call
/// works on its own locals.
/// </summary>
/// <remarks>
/// Flow: read lines (plain text as is; HTML through <see cref="HtmlBlockReader"/>, which keeps the main
/// content blocks) → classify each line (<see cref="LineClassifier"/>) → split the page into articles
/// (<see cref="PageSegmenter"/>) → decide each line in context (<see cref="SegmentReader"/>) → clean and
/// repair kept paragraphs into the text (<see cref="ParagraphCleaner"/>).
/// </remarks>
public sealed class ArticleExtractor
{
    private readonly ExtractionOptions _options;
    private readonly HtmlBlockReader _html;
    private readonly LineClassifier _classifier;
    private readonly PageSegmenter _segmenter;
    private readonly ParagraphCleaner _cleaner;

    /// <summary>An extractor with the default thresholds (<see cref="ExtractionOptions.Default"/>).</summary>
    public ArticleExtractor()
        : this(ExtractionOptions.Default)
    {
    }

    /// <summary>An extractor with the given thresholds.</summary>
    /// <exception cref="ArgumentException">An option cannot work (see <see cref="ExtractionOptions.Validate"/>).</exception>
    public ArticleExtractor(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _html = new HtmlBlockReader(options);
        _classifier = new LineClassifier(options);
        _segmenter = new PageSegmenter(options);
        _cleaner = new ParagraphCleaner(options);
    }

    /// <summary>The thresholds this extractor decides by.</summary>
    public ExtractionOptions Options => _options;

    /// <summary>Extracts the articles of <paramref name="document"/>.</summary>
    /// <param name="repeatedLines">Line counts across the batch (optional): lines shared by many documents are removed as boilerplate.</param>
    public ExtractionResult Extract(RawDocument document, LineFrequencies? repeatedLines = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "empty-document", "the document has no text"));
            return new ExtractionResult([], diagnostics.ToImmutable());
        }

        List<SourceLine> lines;
        PageMetadata meta = PageMetadata.None;
        if (document.Format == DocumentFormat.Html)
        {
            (lines, meta, int flattened) = _html.Read(document.Text);
            if (flattened > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "html-too-deep",
                    $"the page nests elements more than {_options.HtmlMaxDepth} deep; {flattened} tags past that depth were ignored and their text read as part of the element at that depth"));
            }
        }
        else
        {
            lines = PlainTextLineReader.Read(document.Text);
        }

        var kinds = lines.Select(l => l.IsHeading && !string.IsNullOrWhiteSpace(l.Text) && _classifier.Classify(l.Text) is LineKind.Prose or LineKind.Other
            ? LineKind.Headline
            : _classifier.Classify(l.Text)).ToList();
        _classifier.ApplyContext(lines, kinds);
        (int mastheadLine, string? masthead) = Masthead.Find(lines, kinds, _options);
        (List<Segment> segments, List<PageBlock> junk) = _segmenter.Split(lines, kinds);
        var reader = new SegmentReader(lines, kinds, repeatedLines, _options, mastheadLine);
        var drafts = new List<(ArticleDraft Draft, List<int> Kept, Segment Segment)>();
        foreach (Segment segment in segments)
        {
            var draft = new ArticleDraft { HeaderOutlet = segment.HeaderOutlet, MastheadOutlet = drafts.Count == 0 ? masthead : null };
            List<int> kept = reader.Read(segment, draft);
            draft.WireOutlet = WireOutlet(lines, kept);
            drafts.Add((draft, kept, segment));
        }

        // Page junk (related links, comment widgets) belongs to the main article's removed blocks.
        foreach (PageBlock block in junk)
        {
            var span = SpanOf(lines, block.From, block.To);
            if (span.End > span.Start)
            {
                drafts[0].Draft.Removed.Add(new RemovedBlock(span.Start, span.End, block.Kind, block.Reason));
            }

            drafts[0].Draft.StatedOutlet ??= StatedOutletIn(lines, block.From, block.To);
        }

        // Texts first: cleaning finds stated outlets ("Read the original article on X") that outlet resolution needs.
        var texts = drafts.Select(d => BuildText(lines, d.Kept, d.Draft)).ToList();
        ResolveOutlets(drafts.Select(d => d.Draft).ToList(), meta);
        var articles = ImmutableArray.CreateBuilder<Article>();
        for (int i = 0; i < drafts.Count; i++)
        {
            (ArticleDraft draft, List<int> kept, Segment segment) = drafts[i];
            if (texts[i] is { } built)
            {
                articles.Add(Build(document, articles.Count, lines, kept, segment, draft, meta, built.Text, built.Map));
            }
        }

        if (articles.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "no-article", "no paragraph of article prose was found"));
        }

        return new ExtractionResult(articles.ToImmutable(), diagnostics.ToImmutable());
    }

    private (string Text, OffsetMap Map)? BuildText(List<SourceLine> lines, List<int> kept, ArticleDraft draft)
    {
        if (kept.Count == 0)
        {
            return null;
        }

        var builder = new OffsetMapBuilder();
        for (int k = 0; k < kept.Count; k++)
        {
            SourceLine line = lines[kept[k]];
            int length = line.Text.Length;
            if (k == kept.Count - 1)
            {
                length = CutTruncation(line, draft);
            }

            _cleaner.Append(line, length, builder, draft);
        }

        (string text, OffsetMap map) = builder.Build();
        return text.Trim().Length == 0 ? null : (text, map);
    }

    private static Article Build(RawDocument document, int index, List<SourceLine> lines, List<int> kept, Segment segment, ArticleDraft draft, PageMetadata meta, string text, OffsetMap map)
    {
        int start = lines[kept[0]].Start;
        int end = lines[kept[^1]].End;
        if (segment.HeadlineLine >= 0)
        {
            start = Math.Min(start, lines[segment.HeadlineLine].Start);
        }

        foreach (RemovedBlock r in draft.Removed.Where(r => r.Kind is RemovedKind.Title or RemovedKind.Dateline))
        {
            start = Math.Min(start, r.Start);
        }

        string? outlet = draft.StatedOutlet ?? draft.HeaderOutlet;
        string? title = TitleWithoutSite(draft.Title ?? (index == 0 ? meta.Title : null), outlet, meta.SiteName);
        DateOnly? published = draft.Published ?? (index == 0 ? meta.Published : null);
        return new Article(
            ContentId.Of(document.Id, start.ToString(CultureInfo.InvariantCulture)),
            document.Id,
            document.Path,
            index,
            start,
            end,
            title,
            outlet,
            published,
            text,
            draft.Truncated,
            [.. draft.Removed.OrderBy(r => r.Start)],
            [.. draft.Repairs.OrderBy(r => r.Start)],
            map)
        {
            Wire = WireOf(draft, outlet),
        };
    }

    /// <summary>The wire the article carries, unless it is the outlet itself (an agency's own page).</summary>
    private static string? WireOf(ArticleDraft draft, string? outlet)
    {
        string? wire = draft.WireOutlet ?? draft.CreditedWire;
        return wire is null || (outlet is not null && wire.Equals(outlet, StringComparison.OrdinalIgnoreCase)) ? null : wire;
    }

    /// <summary>A page title that ends with the site's own name ("Headline - Outlet", "Headline | Outlet") loses that ending.</summary>
    private static string? TitleWithoutSite(string? title, string? outlet, string? siteName)
    {
        if (title is null)
        {
            return null;
        }

        foreach (string? site in new[] { outlet, siteName })
        {
            if (site is null)
            {
                continue;
            }

            foreach (string sep in TitleSiteSeparators)
            {
                string suffix = sep + site;
                if (title.Length > suffix.Length && title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return title[..^suffix.Length].TrimEnd();
                }
            }
        }

        return title;
    }

    private static readonly string[] TitleSiteSeparators = [" - ", " | ", " \u2013 ", " \u2014 ", " \u00b7 ", ": "];

    /// <summary>
    /// A text that ends in a word glued to "..." or "…" ("ar...") was cut off by the source: mark it truncated
    /// and drop the cut fragment. Returns how much of the line to keep.
    /// </summary>
    private static int CutTruncation(SourceLine line, ArticleDraft draft)
    {
        string text = line.Text;
        ExtractionWork.Add(text.Length);
        Match m = Patterns.TrailingEllipsis().Match(text);
        if (!m.Success)
        {
            return text.Length;
        }

        Group fragment = m.Groups[1];
        int cut = fragment.Length > 0 && char.IsLetterOrDigit(fragment.Value[^1]) ? fragment.Index : fragment.Index + fragment.Length;
        int keep = cut;
        while (keep > 0 && char.IsWhiteSpace(text[keep - 1]))
        {
            keep--;
        }

        draft.Truncated = true;
        (int s, int e) = line.Span(cut, text.Length);
        draft.Repairs.Add(new Repair(s, e, RepairKind.Truncation, text[cut..], string.Empty));
        return keep;
    }

    /// <summary>A source note in the page junk after the article ("Read the original article on X") still names the article's outlet.</summary>
    private static string? StatedOutletIn(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            Match m = Patterns.ReadOriginal().Match(lines[i].Text);
            if (!m.Success)
            {
                m = Patterns.LatestFrom().Match(lines[i].Text.Trim());
            }

            if (m.Success)
            {
                return m.Groups[1].Value.Trim().TrimEnd(',', '.');
            }

            if (StatedSource.InTeaserTail(lines[i].Text) is { } tail)
            {
                return tail;
            }
        }

        return null;
    }

    /// <summary>A wire dateline opening the first paragraph ("CITY, May 12 (Wire Name) —") names the wire service.</summary>
    private string? WireOutlet(IReadOnlyList<SourceLine> lines, List<int> kept)
    {
        foreach (int i in kept.Take(_options.WireDatelineParagraphs))
        {
            Match m = Patterns.WireDateline().Match(lines[i].Text);
            if (m.Success)
            {
                return m.Groups[1].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// A wire credit names a short outlet ("Post"); when another outlet on the page ends with it ("New York Post"),
    /// the full name is meant. A header outlet under which a teaser states a different source is the page's host
    /// (an aggregator), so the other teasers under it get no outlet rather than the host's name.
    /// </summary>
    private static void ResolveOutlets(List<ArticleDraft> drafts, PageMetadata meta)
    {
        var named = drafts.SelectMany(d => new[] { d.StatedOutlet, d.HeaderOutlet }).Where(o => o is not null).Select(o => o!).ToList();
        if (meta.SiteName is not null)
        {
            named.Add(meta.SiteName);
        }

        var hosts = drafts.Where(d => d.HeaderOutlet is not null && d.StatedOutlet is not null && !d.StatedOutlet.Equals(d.HeaderOutlet, StringComparison.OrdinalIgnoreCase))
            .Select(d => d.HeaderOutlet!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (ArticleDraft d in drafts)
        {
            if (d.HeaderOutlet is not null && hosts.Contains(d.HeaderOutlet))
            {
                d.HeaderOutlet = null;
            }

            if (d.StatedOutlet is null && d.HeaderOutlet is null && d.CreditOutlet is { } credit)
            {
                d.StatedOutlet = named.FirstOrDefault(n => n.EndsWith(" " + credit, StringComparison.OrdinalIgnoreCase) || n.Equals(credit, StringComparison.OrdinalIgnoreCase));
            }

            // The publisher, in order of evidence: what the text states, the teaser header, the page's site name (the
            // main article only), the masthead, the copyright holder; the wire an article carries is the outlet only
            // when nothing names a publisher.
            d.StatedOutlet ??= d.HeaderOutlet is null ? (d == drafts[0] ? meta.SiteName : null) ?? d.MastheadOutlet ?? d.CopyrightOutlet ?? d.WireOutlet ?? d.CreditedWire : null;
        }
    }

    private static (int Start, int End) SpanOf(List<SourceLine> lines, int from, int to)
    {
        int start = int.MaxValue, end = 0;
        for (int i = from; i < to; i++)
        {
            if (!lines[i].IsBlank)
            {
                start = Math.Min(start, lines[i].Start);
                end = Math.Max(end, lines[i].End);
            }
        }

        return start == int.MaxValue ? (0, 0) : (start, end);
    }
}
