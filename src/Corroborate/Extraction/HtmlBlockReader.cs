using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Corroborate.Extraction;

/// <summary>
/// Turns an HTML page into lines of readable text from its main content, each character carrying its markup
/// position: parse with AngleSharp (keeping element source positions), drop furniture
/// (<see cref="HtmlCleaner"/>), choose the content containers (<see cref="ContentScorer"/>), then emit one line
/// per block element (paragraph, heading, list item…), skipping link lists. The lines then go through the same
/// classifier and cleaner as plain text, so captions, widgets and teasers are handled once for both formats.
/// </summary>
internal sealed class HtmlBlockReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr", "address", "center", "details", "summary",
    };

    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    private readonly ExtractionOptions _options;
    private readonly HtmlCleaner _cleaner;
    private readonly ContentScorer _scorer;

    public HtmlBlockReader(ExtractionOptions options)
    {
        _options = options;
        _cleaner = new HtmlCleaner(options);
        _scorer = new ContentScorer(options, _cleaner);
    }

    /// <returns>The lines and metadata, and how many tags past <see cref="ExtractionOptions.HtmlMaxDepth"/> were ignored.</returns>
    public (List<SourceLine> Lines, PageMetadata Meta, int FlattenedTags) Read(string page)
    {
        (string html, int flattened) = HtmlDepthLimiter.Limit(page, _options.HtmlMaxDepth);
        (List<SourceLine> lines, PageMetadata meta) = Read(html, byName: true);
        // Below this much text the class/id-based cleaning is suspected of taking the article and is undone.
        if (lines.Sum(l => l.Text.Length) < _options.HtmlMinText)
        {
            (List<SourceLine> retry, _) = Read(html, byName: false);
            if (retry.Sum(l => l.Text.Length) > lines.Sum(l => l.Text.Length))
            {
                lines = retry;
            }
        }

        return (lines, meta, flattened);
    }

    private (List<SourceLine> Lines, PageMetadata Meta) Read(string html, bool byName)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using AngleSharp.Html.Dom.IHtmlDocument document = parser.ParseDocument(html);
        PageMetadata meta = ReadMetadata(document);
        _cleaner.Clean(document, byName);
        var lines = new List<SourceLine>();
        if (document.Body is not { } body)
        {
            return (lines, meta);
        }

        var writer = new LineWriter(html, lines, _options);
        foreach (IElement root in _scorer.Select(body))
        {
            writer.Walk(root);
            writer.Flush();
        }

        return (lines, meta);
    }

    private PageMetadata ReadMetadata(IDocument document)
    {
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;
        string? title = document.QuerySelector("h1")?.TextContent is { } h1 && !string.IsNullOrWhiteSpace(h1)
            ? Collapse(h1)
            : Meta("meta[property='og:title']") ?? (string.IsNullOrWhiteSpace(document.Title) ? null : Collapse(document.Title));
        string? site = Meta("meta[property='og:site_name']") ?? Meta("meta[name='application-name']");
        string? date = Meta("meta[property='article:published_time']") ?? Meta("meta[itemprop='datePublished']") ?? Meta("meta[name='date']")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        DateOnly? published = null;
        if (date is not null)
        {
            string d = date.Length >= 10 ? date[..10] : date;
            published = DatelineParser.Parse(d, _options) ?? DatelineParser.Parse(date, _options);
        }

        return new PageMetadata(title, site, published);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Accumulates the current block's text with one markup position per character.</summary>
    private sealed class LineWriter
    {
        private readonly SourceAligner _aligner;
        private readonly List<SourceLine> _lines;
        private readonly ExtractionOptions _options;
        private readonly StringBuilder _text = new();
        private readonly List<int> _sources = [];
        private bool _heading;

        public LineWriter(string html, List<SourceLine> lines, ExtractionOptions options)
        {
            _aligner = new SourceAligner(html, options.AlignmentWindow);
            _lines = lines;
            _options = options;
        }

        public void Walk(INode node)
        {
            if (node is IText text)
            {
                Append(text.Data);
                return;
            }

            if (node is not IElement element)
            {
                return;
            }

            if (element.SourceReference is { } reference)
            {
                _aligner.AnchorAt(reference.Position.Position - 1);
            }

            string name = element.LocalName;
            if (name == "br")
            {
                Flush();
                return;
            }

            bool block = Blocks.Contains(name);
            if (block)
            {
                Flush();

                // A list or block made mostly of links (a menu, a "more stories" list) is no article text.
                if (name is "ul" or "ol" or "div" or "section" or "table" or "dl" && IsShorterThan(element, _options.LinkBlockMaxChars)
                    && ContentScorer.LinkDensity(element) > _options.LinkBlockMinLinkDensity)
                {
                    return;
                }

                _heading = name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
            }

            foreach (INode child in element.ChildNodes)
            {
                Walk(child);
            }

            if (block)
            {
                Flush();
            }
        }

        /// <summary>
        /// Whether the element's text (its <c>TextContent</c>: the text nodes below it) is shorter than
        /// <paramref name="limit"/>, counted only until the limit is reached: asking each of a thousand nested
        /// containers for its whole text would read the page a thousand times.
        /// </summary>
        private static bool IsShorterThan(IElement element, int limit)
        {
            if (limit <= 0)
            {
                return false;
            }

            // Depth-first in tree order with an explicit stack, so no descendant past the limit is visited.
            int length = 0, visited = 0;
            var pending = new Stack<INode>();
            pending.Push(element);
            while (pending.TryPop(out INode? node))
            {
                visited++;
                if (node is IText text && (length += text.Data.Length) >= limit)
                {
                    break;
                }

                INodeList children = node.ChildNodes;
                for (int c = children.Length - 1; c >= 0; c--)
                {
                    pending.Push(children[c]);
                }
            }

            ExtractionWork.Add(visited);
            return length < limit;
        }

        public void Flush()
        {
            while (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
                _sources.RemoveAt(_sources.Count - 1);
            }

            if (_text.Length > 0)
            {
                int[] sources = [.. _sources];
                _lines.Add(new SourceLine(_text.ToString(), sources[0], sources) { IsHeading = _heading });
                _lines.Add(new SourceLine(string.Empty, sources[^1] + 1));
            }

            _text.Clear();
            _sources.Clear();
            _heading = false;
        }

        private void Append(string data)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    // Whitespace collapses to one space, anchored where the previous character was.
                    if (_text.Length > 0 && _text[^1] != ' ')
                    {
                        _text.Append(' ');
                        _sources.Add(_aligner.Following(_sources[^1]));
                    }

                    continue;
                }

                _text.Append(c);
                _sources.Add(_aligner.Locate(c));
            }
        }
    }
}
