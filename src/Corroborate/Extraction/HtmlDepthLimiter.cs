namespace Corroborate.Extraction;

/// <summary>
/// Flattens an HTML page's nesting past a depth before AngleSharp parses it. The parser looks through its stack
/// of open elements on most start tags ("is a paragraph in button scope?"), so n containers opened inside each
/// other cost it about n²/2 steps: 30,000 nested divs took minutes. Past <see cref="ExtractionOptions.HtmlMaxDepth"/>
/// the start tags that would nest deeper, and the end tags that close them, are overwritten with spaces of the same
/// length: every offset into the page stays where it was, and the text inside them joins the container at the limit.
/// </summary>
/// <remarks>
/// The depth is estimated from the tags in one pass, the way the parser nests well-formed markup: void elements,
/// elements whose end tag may be left out (p, li, td…) and links (a new <c>&lt;a&gt;</c> closes an open one) do
/// not nest here, so sloppy but ordinary markup does not look deep; the contents of script, style, title and
/// textarea are skipped as text. Each start tag adds the depth it opens at to <see cref="ExtractionWork"/>: that is
/// the parser's scope search, which this step exists to bound.
/// </remarks>
internal static class HtmlDepthLimiter
{
    /// <summary>The page to parse, and how many start and end tags were blanked (0: the page is unchanged).</summary>
    public readonly record struct Result(string Html, int FlattenedTags);

    private static readonly HashSet<string> NotNesting = new(StringComparer.Ordinal)
    {
        // void elements
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
        // end tag optional: the parser closes them itself when a sibling or the parent's end comes
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rtc", "rp", "tr", "td", "th",
        "thead", "tbody", "tfoot", "colgroup", "caption",
        // a new one closes the open one
        "a", "nobr", "button",
    };

    /// <summary>Elements whose content is text up to their own end tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    public static Result Limit(string html, int maxDepth)
    {
        var open = new NameStack();
        var flattened = new NameStack();
        char[]? blanked = null;
        int count = 0;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            char next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                // Comment, doctype, CDATA or processing instruction: no element.
                int close = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal)
                    ? IndexOrEnd(html, html.IndexOf("-->", lt + 4, StringComparison.Ordinal), 3)
                    : IndexOrEnd(html, html.IndexOf('>', lt + 2), 1);
                i = close;
                continue;
            }

            bool isEnd = next == '/';
            int nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1; // a '<' that starts no tag is text
                continue;
            }

            int nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not '/' and not '>')
            {
                nameEnd++;
            }

            int gt = TagEnd(html, nameEnd);
            if (gt < 0)
            {
                break; // an unclosed tag runs to the end of the page: nothing after it nests
            }

            string name = html[nameStart..nameEnd].ToLowerInvariant();
            i = gt + 1;
            if (isEnd)
            {
                if (flattened.Contains(name))
                {
                    flattened.PopTo(name);
                    Blank(html, ref blanked, lt, gt);
                    count++;
                }
                else if (open.Contains(name))
                {
                    open.PopTo(name);
                    flattened.Clear(); // closing an outer element closes everything inside it
                }

                continue;
            }

            ExtractionWork.Add(open.Count + 1);
            if (RawText.Contains(name))
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (name == "plaintext")
            {
                break; // everything after it is text
            }

            bool selfClosing = html[gt - 1] == '/' && (open.Contains("svg") || open.Contains("math"));
            if (selfClosing || NotNesting.Contains(name))
            {
                continue;
            }

            if (open.Count >= maxDepth)
            {
                flattened.Push(name);
                Blank(html, ref blanked, lt, gt);
                count++;
            }
            else
            {
                open.Push(name);
            }
        }

        return new Result(blanked is null ? html : new string(blanked), count);
    }

    private static int IndexOrEnd(string html, int found, int length) => found < 0 ? html.Length : found + length;

    /// <summary>The '&gt;' that ends the tag whose name ends at <paramref name="from"/>, skipping quoted attribute values; -1 when none.</summary>
    private static int TagEnd(string html, int from)
    {
        for (int k = from; k < html.Length; k++)
        {
            char c = html[k];
            if (c == '>')
            {
                return k;
            }

            if (c != '=')
            {
                continue;
            }

            int v = k + 1;
            while (v < html.Length && char.IsWhiteSpace(html[v]))
            {
                v++;
            }

            if (v < html.Length && html[v] is '"' or '\'')
            {
                int quote = html.IndexOf(html[v], v + 1);
                if (quote < 0)
                {
                    return -1;
                }

                k = quote;
            }
        }

        return -1;
    }

    private static void Blank(string html, ref char[]? blanked, int from, int to)
    {
        blanked ??= html.ToCharArray();
        blanked.AsSpan(from, to - from + 1).Fill(' ');
    }

    /// <summary>A stack of element names that knows, in constant time, whether a name is on it.</summary>
    private sealed class NameStack
    {
        private readonly List<string> _names = [];
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Count => _names.Count;

        public bool Contains(string name) => _counts.GetValueOrDefault(name) > 0;

        public void Push(string name)
        {
            _names.Add(name);
            _counts[name] = _counts.GetValueOrDefault(name) + 1;
        }

        /// <summary>Pops up to and including the innermost <paramref name="name"/> (each name is popped once: linear overall).</summary>
        public void PopTo(string name)
        {
            while (_names.Count > 0)
            {
                string top = _names[^1];
                _names.RemoveAt(_names.Count - 1);
                _counts[top]--;
                if (top == name)
                {
                    return;
                }
            }
        }

        public void Clear()
        {
            _names.Clear();
            _counts.Clear();
        }
    }
}
