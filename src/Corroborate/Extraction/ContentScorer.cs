using AngleSharp.Dom;

namespace Corroborate.Extraction;

/// <summary>
/// Finds the element that holds the main content, Readability-style: every paragraph-like block of real text
/// gives points (one, plus one per comma, plus one per 100 characters up to three) to its parent, half to its
/// grandparent and a third to the level above; class/id names add or take points; a container's score is
/// scaled down by its link density. Siblings of the winner that score close to it (or hold plain prose
/// paragraphs) join it, because many sites split one article over several sibling containers.
/// </summary>
internal sealed class ContentScorer
{
    private readonly ExtractionOptions _options;
    private readonly HtmlCleaner _cleaner;

    public ContentScorer(ExtractionOptions options, HtmlCleaner cleaner)
    {
        _options = options;
        _cleaner = cleaner;
    }

    public List<IElement> Select(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (IElement e in body.QuerySelectorAll("p, pre, td, blockquote, div, section, article"))
        {
            if (e.LocalName is "div" or "section" or "article" && HasBlockChild(e))
            {
                continue;
            }

            string text = Normalize(e.TextContent);
            if (text.Length < _options.ScoredBlockMinChars)
            {
                continue;
            }

            double points = 1 + text.Count(c => c == ',') + Math.Min(text.Length / _options.CharsPerPoint, _options.MaxLengthPoints);
            IElement? ancestor = e.ParentElement;
            for (int level = 0; level < _options.ScoredAncestorLevels && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }

                scores[ancestor] += points / (level == 0 ? 1 : level * 2);
            }
        }

        if (scores.Count == 0)
        {
            return [body];
        }

        IElement top = body;
        double best = double.MinValue;
        foreach ((IElement e, double s) in scores)
        {
            double scaled = s * (1 - LinkDensity(e));
            scores[e] = scaled;
            if (scaled > best)
            {
                best = scaled;
                top = e;
            }
        }

        // A winner that is a lone child holds the same text as its parent: climb while that is so.
        while (top.ParentElement is { } parent && parent != body && parent.Children.Length == 1)
        {
            top = parent;
        }

        var selected = new List<IElement>();
        if (top.ParentElement is not { } container || top == body)
        {
            return [top];
        }

        double threshold = Math.Max(_options.SiblingMinScore, best * _options.SiblingScoreShare);
        foreach (IElement sibling in container.Children)
        {
            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }

            double bonus = (sibling.ClassName is { Length: > 0 } c && c == top.ClassName) ? best * _options.SameClassBonusShare : 0;
            if (scores.TryGetValue(sibling, out double s) && s + bonus >= threshold)
            {
                selected.Add(sibling);
            }
            else if (sibling.LocalName == "p")
            {
                string text = Normalize(sibling.TextContent);
                double ld = LinkDensity(sibling);
                if ((text.Length > _options.SiblingParagraphMinChars && ld < _options.SiblingParagraphMaxLinkDensity) || (text.Length > 0 && ld == 0 && text.EndsWith('.') && text.Length > _options.SiblingSentenceMinChars))
                {
                    selected.Add(sibling);
                }
            }
        }

        return selected;
    }

    public static double LinkDensity(IElement e)
    {
        int total = e.TextContent.Length;
        ExtractionWork.Add(total);
        if (total == 0)
        {
            return 0;
        }

        int links = 0;
        foreach (IElement a in e.QuerySelectorAll("a"))
        {
            links += a.TextContent.Length;
        }

        return Math.Min(1, (double)links / total);
    }

    private double InitialScore(IElement e)
    {
        double s = e.LocalName switch
        {
            "article" => 10,
            "div" or "main" => 5,
            "pre" or "td" or "blockquote" or "section" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return s + _cleaner.Weight(e);
    }

    private static bool HasBlockChild(IElement e)
    {
        foreach (IElement c in e.Children)
        {
            if (HtmlBlockReader.IsBlock(c.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string text)
    {
        ExtractionWork.Add(text.Length);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
