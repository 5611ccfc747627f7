using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Corroborate.Lexicons;

namespace Corroborate.Extraction;

/// <summary>
/// Drops the parts of a parsed page that are never article text: scripts, styles, navigation, headers and
/// footers, asides, forms, embedded media, hidden elements, and elements whose class or id names page
/// furniture (comments, share bars, related links, promos, newsletters) unless they also name content.
/// </summary>
internal sealed partial class HtmlCleaner
{
    private readonly ExtractionOptions _options;

    public HtmlCleaner(ExtractionOptions options) => _options = options;

    private static readonly string[] AlwaysDropped =
    [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "iframe", "svg", "canvas", "button",
        "select", "input", "textarea", "object", "embed", "video", "audio", "figure", "figcaption", "picture", "img", "menu", "dialog",
    ];

    private const RegexOptions NbIgnoreCase = RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Furniture names: the fragments of Lexicons/furniture-class-names.txt, and those that need a word boundary.</summary>
    private static readonly Regex UnlikelyPattern = new(
        string.Join('|', Lexicon.Entries("furniture-class-names.txt").Select(Regex.Escape)) + @"|\bads?\b|\bad-|-ad\b|tags?\b|\bnav", NbIgnoreCase);

    /// <summary>Content names: the fragments of Lexicons/content-class-names.txt.</summary>
    private static readonly Regex MaybeContentPattern = new(string.Join('|', Lexicon.Entries("content-class-names.txt").Select(Regex.Escape)), NbIgnoreCase);

    private static Regex Unlikely() => UnlikelyPattern;

    private static Regex MaybeContent() => MaybeContentPattern;

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    /// <param name="byName">Whether to drop elements by class/id names; off on the retry when that left too little text.</param>
    public void Clean(IDocument document, bool byName = true)
    {
        foreach (IElement e in document.QuerySelectorAll(string.Join(',', AlwaysDropped)).ToList())
        {
            e.Remove();
        }

        IElement? body = document.Body;
        if (body is null)
        {
            return;
        }

        foreach (IElement e in body.QuerySelectorAll("*").ToList())
        {
            if (e.Parent is null || e.LocalName is "body" or "article" or "main" or "html")
            {
                continue;
            }

            // Headers and forms usually hold furniture, but some sites wrap the whole page in a <form>.
            if (IsHidden(e) || (e.LocalName is "header" or "form" && !HasLongParagraph(e)))
            {
                e.Remove();
                continue;
            }

            string names = (e.ClassName ?? string.Empty) + " " + e.Id + " " + e.GetAttribute("role");
            if (byName && names.Length > 2 && Unlikely().IsMatch(names) && !MaybeContent().IsMatch(names) && !HasLongParagraph(e))
            {
                e.Remove();
            }
        }
    }

    public double Weight(IElement e)
    {
        string names = (e.ClassName ?? string.Empty) + " " + e.Id;
        double w = 0;
        if (names.Length > 1)
        {
            if (Unlikely().IsMatch(names))
            {
                w -= _options.ClassNameWeight;
            }

            if (MaybeContent().IsMatch(names))
            {
                w += _options.ClassNameWeight;
            }
        }

        return w;
    }

    private static bool IsHidden(IElement e) =>
        e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true" || (e.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    // A container holding a long paragraph, or several real ones, is kept whatever its class says:
    // a misnamed wrapper ("page-ad-margins") must not take the article with it.
    private bool HasLongParagraph(IElement e)
    {
        int real = 0;
        foreach (IElement p in e.QuerySelectorAll("p"))
        {
            int length = p.TextContent.Length;
            if (length > _options.LongParagraphChars || (length > _options.RealParagraphChars && ++real >= _options.RealParagraphsToKeep))
            {
                return true;
            }
        }

        return false;
    }
}
