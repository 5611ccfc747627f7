using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>
/// The masthead: the page's first line when it names the publication ("NORTHLINE GAZETTE", "Northline Gazette —
/// news since 1901", "Northline Gazette | News | 02.06.2025", "Radio Northline 97.4 — News") and a headline follows
/// it before the article's first paragraph. Its name part (before a tagline or section separator, without a trailing
/// frequency, date, time, year or edition number; a short number such as "Channel 7" stays) is the publishing outlet when nothing on the page states another.
/// </summary>
/// <remarks>
/// A page whose first line is its headline has no masthead: the line is a masthead only when another headline-shaped
/// line stands between it and the first paragraph, when its name is a few capitalized words (or a domain), and when
/// page furniture (a menu, a breadcrumb, a tagline) separates it from that headline or the name opens or closes with
/// a publication word ("… Herald", "Radio …"); so neither a headline with its subtitle nor a menu is taken for one.
/// </remarks>
internal static partial class Masthead
{
    [GeneratedRegex(@"\s+[\u2014\u2013|\u00b7\u2022-]\s+|\s*\|\s*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Separator();

    // What trails a name without being part of it: a frequency ("97.4", "96.3 FM", "855 kHz"), a date or a time
    // ("04.03.2026", "10:15"), an edition ("No. 123", "#123", "Issue 45"). A bare short number is not among them.
    [GeneratedRegex(@"\s+(?:(?:No\.?|Nr\.?|#|Issue|Vol\.?|Edition|Ed\.)\s*\d+|\d+(?:[.,:/-]\d+)+(?:\s*(?:FM|AM|MHz|kHz))?|\d+\s*(?:MHz|kHz))$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMarker();

    [GeneratedRegex(@"\s+(\d+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TrailingInteger();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{1,40}\.[a-z]{2,12}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    /// <summary>The masthead line and the name it gives, or (-1, null) when the page has none.</summary>
    /// <remarks>A tagline under the masthead that reads like a short sentence ("Your city. Your news.") is relabelled as furniture.</remarks>
    public static (int Line, string? Name) Find(IReadOnlyList<SourceLine> lines, IList<LineKind> kinds, ExtractionOptions options)
    {
        int first = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] != LineKind.Blank)
            {
                first = i;
                break;
            }
        }

        if (first < 0 || kinds[first] is LineKind.Prose or LineKind.Bullet or LineKind.TimeAgo)
        {
            return (-1, null);
        }

        (bool headline, bool furnitureFound) = HeadlineFollows(lines, kinds, first, options, IsMenu(lines[first].Text, minSeparators: 2));
        if (!headline)
        {
            return (-1, null);
        }

        string? name = NameOf(lines[first].Text, options);
        return name is null || !(furnitureFound || IsPublicationName(name)) ? (-1, null) : (first, name);
    }

    /// <summary>The name part of a masthead line, or null when the line is not name-shaped.</summary>
    internal static string? NameOf(string line, ExtractionOptions options)
    {
        string text = line.Trim();
        if (text.IndexOfAny(['\u203a', '\u00bb', '>', '[', ']']) >= 0)
        {
            return null;
        }

        string[] parts = Separator().Split(text);
        string name = WithoutTrailingMarkers(parts[0].Trim(), options);
        if (name.Length == 0 || name.Length > options.OutletNameMaxChars)
        {
            return null;
        }

        if (Domain().IsMatch(name))
        {
            return name;
        }

        // A menu's first item ("Home", "News") is one word among several short parts: not a name.
        if (parts.Length >= options.MenuMinItems && !name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        LineFeatures f = LineFeatures.Of(name);
        bool capitalized = char.IsUpper(name[0]) || char.IsDigit(name[0]);

        // A number in the name ("Channel 9") is name-shaped like a capitalized word.
        int numbers = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(static w => w.All(char.IsDigit));
        return capitalized && f.Words >= 1 && f.Words <= options.OutletNameMaxWords && (f.CapitalizedWords + numbers) * 2 > f.Words
            && name.IndexOfAny(['.', '!', '?', ',', ';', '"']) < 0 ? name : null;
    }

    /// <summary>
    /// The name without what trails it (a frequency, a date, a time, an edition, a year), one marker at a time. A short
    /// number right after a name word is part of the name ("Channel 7", "Metro 24", "Radio 1"); a longer one
    /// (more than <see cref="ExtractionOptions.OutletNameNumberMaxDigits"/> digits) is a year or an edition.
    /// </summary>
    private static string WithoutTrailingMarkers(string name, ExtractionOptions options)
    {
        while (true)
        {
            Match marker = TrailingMarker().Match(name);
            if (!marker.Success)
            {
                Match number = TrailingInteger().Match(name);
                if (!number.Success || number.Groups[1].Length <= options.OutletNameNumberMaxDigits)
                {
                    return name;
                }

                marker = number;
            }

            name = name[..marker.Index].TrimEnd();
        }
    }

    /// <summary>
    /// Whether a headline-shaped line stands between the first line and the first paragraph, with page furniture
    /// between them (a menu, a breadcrumb, a section label, a short tagline) or in the first line itself: a page that
    /// opens with its headline and a subtitle has no masthead.
    /// </summary>
    private static (bool Headline, bool Furniture) HeadlineFollows(IReadOnlyList<SourceLine> lines, IList<LineKind> kinds, int first, ExtractionOptions options, bool furniture)
    {
        var taglines = new List<int>();
        bool headline = false;
        for (int i = first + 1; i < lines.Count; i++)
        {
            string text = lines[i].Text;
            if (kinds[i] == LineKind.Blank)
            {
                continue;
            }

            if (kinds[i] == LineKind.Prose)
            {
                if (LineFeatures.Of(text).Words > options.TaglineMaxWords)
                {
                    return (headline, false);
                }

                taglines.Add(i);
                furniture = true;
                continue;
            }

            if (IsMenu(text, minSeparators: 1) || kinds[i] is LineKind.LinkList or LineKind.ShareWidget or LineKind.SignIn)
            {
                furniture = true;
                continue;
            }

            if ((kinds[i] == LineKind.Headline || lines[i].IsHeading) && LineFeatures.Of(text).Words >= options.MastheadTitleMinWords)
            {
                if (!furniture)
                {
                    // A headline-shaped line before any furniture is a tagline ("News in English since 2004") or, on a
                    // page that opens with its headline, a subtitle: a headline after furniture is what settles it.
                    headline = true;
                    continue;
                }

                foreach (int t in taglines)
                {
                    kinds[t] = LineKind.Other;
                }

                return (true, true);
            }
        }

        return (headline, false);
    }

    private static readonly HashSet<string> BannerWords = new(Corroborate.Lexicons.Lexicon.Entries("banner-words.txt"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PublicationWords = new(Corroborate.Lexicons.Lexicon.Entries("publication-words.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>A name that opens or closes with a publication word ("… Herald", "Radio …", "… FM"; Lexicons/publication-words.txt).</summary>
    private static bool IsPublicationName(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !BannerWords.Contains(words[0]) && (PublicationWords.Contains(words[0]) || PublicationWords.Contains(words[^1]));
    }

    /// <summary>A menu or breadcrumb: items joined by bars, chevrons, spaced slashes or middle dots, or by runs of spaces ("HOME  NEWS  SPORT").</summary>
    private static bool IsMenu(string text, int minSeparators)
    {
        int separators = 0;
        string t = text.Trim();
        for (int k = 0; k < t.Length; k++)
        {
            char c = t[k];
            if (c is '|' or '\u203a' or '\u00bb' or '>' or '\u00b7' or '\u2022' || (c == '/' && k > 0 && t[k - 1] == ' ') || (c == ' ' && k + 1 < t.Length && t[k + 1] == ' ' && (k == 0 || t[k - 1] != ' ')))
            {
                separators++;
            }
        }

        // A date line joined by bars ("2 June 2025 | 10:15") is no menu: most of a menu's items hold no digit.
        string[] items = t.Split(['|', '\u203a', '\u00bb', '>', '\u00b7', '\u2022', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return separators >= minSeparators && items.Count(static p => !p.Any(char.IsDigit)) * 2 > items.Length;
    }
}
