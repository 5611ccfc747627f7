using System.Text.RegularExpressions;
using Corroborate.Lexicons;

namespace Corroborate.Extraction;

/// <summary>
/// Boilerplate recognised by its shape and by generic vocabulary kept as data, never by a site's own words: ad
/// slots ("SPONSORED | …", "— Advertisement —"), prompts to readers ("Subscribe to … for daily alerts", "Listen to
/// the full interview"), photo captions announced by a label or camera symbol or closed by a credit ("… Photo:
/// Jo Eld/Northline", "… Courtesy of the Harbour Board", "📷 … Jo Eld 2025 NG"), and leading symbols (📌 💬 🎧) that
/// hide a widget's shape.
/// </summary>
internal static partial class BoilerplateShapes
{
    private const RegexOptions NbIgnoreCase = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Lazy<Regex> AdSlotPattern = new(() => new Regex(
        @"^[\s\u2014\u2013\-|*\u2022\u00b7]*(?:" + Alternation(Lexicon.Entries("ad-labels.txt")) + @")(?:\s*[/|]\s*(?:" + Alternation(Lexicon.Entries("ad-labels.txt"))
        + @"))?(?:[\s\u2014\u2013\-*]*$|\s*[|:/\u2013\u2014\u00b7-]\s*\S.*$)", NbIgnoreCase));

    private static readonly Lazy<Regex> PromptVerbPattern = new(() => new Regex(
        @"(?:^|[.!?]\s+)(?:" + Alternation(Words("verb")) + @")\s", NbIgnoreCase));

    private static readonly Lazy<Regex> PromptObjectPattern = new(() => new Regex(
        @"\b(?:" + Alternation(Words("object")) + @")\b", NbIgnoreCase));

    private static readonly Lazy<Regex> PromptStartPattern = new(() => new Regex(
        @"^(?:" + Alternation(Words("verb")) + @")\s", NbIgnoreCase));

    private static readonly Lazy<Regex> PromptAddressPattern = new(() => new Regex(
        @"\b(?:" + Alternation(Words("address")) + @")\b", NbIgnoreCase));

    private static readonly string[] PhotoMarks = [.. Lexicon.Entries("photo-marks.txt")];

    /// <summary>A credit closing a caption: "Photo: Jo Eld/Northline", "Image: NW/Jo Eld", "Photo/Jo Eld", "Courtesy of the Harbour Board", "… handout".</summary>
    [GeneratedRegex(@"(?:^|[.!?)\]]\s+|\s\(|\s)(?:(?:photo(?:graph)?|image|picture|credit|foto)s?\s*[:/]\s*[^.!?]{2,70}|(?:photo\s+)?courtesy(?: of)?\s+[^.!?]{2,70}|(?:\p{Lu}[\p{L}\d\u00b0.'-]*\s){0,4}handout)\)?\]?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CreditTail();

    /// <summary>Photographer, year and organisation closing a caption: "… in the stands. Jo Eld 2025 NG".</summary>
    [GeneratedRegex(@"[.!?]\s+\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){1,3}\s(?:19|20)\d{2}\s[\p{Lu}\d&]{2,8}(?:\s[\p{Lu}\d&]{2,8})?\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhotographerYearTail();

    /// <summary>Wire desk initials after the last sentence: "… on Friday. PTI ABC XY" (two or more all-caps groups).</summary>
    [GeneratedRegex(@"(?<=[.!?'""\u2019\u201d])\s+(?:\p{Lu}{2,5}\s+){1,5}\p{Lu}{2,5}\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingDeskInitials();

    /// <summary>"Advertisement" pasted inside a sentence: "the council said ADVERTISEMENT the plan …" (lower-case words around it).</summary>
    [GeneratedRegex(@"(?<=\p{Ll}[,;]?)\s+(?:Advertisement|ADVERTISEMENT|Sponsored|SPONSORED)(?=\s+\p{Ll})", RegexOptions.CultureInvariant)]
    public static partial Regex MidSentenceAdvertisement();

    /// <summary>An ad slot: only an ad label (perhaps between dashes), or a label, a separator and the ad's text.</summary>
    public static bool IsAdSlot(string line) => AdSlotPattern.Value.IsMatch(line);

    /// <summary>
    /// A prompt to readers: at most <see cref="ExtractionOptions.PromptMaxWords"/> words with no quotation, a sentence
    /// opening with a prompt verb, a prompt object and a word addressing the reader ("… is now on WhatsApp. Click here
    /// to follow our channel."); or a few words opening with a prompt verb and no sentence end ("Listen to the full interview").
    /// </summary>
    public static bool IsPrompt(string line, LineFeatures f, ExtractionOptions options)
    {
        if (f.Words == 0 || f.Words > options.PromptMaxWords || line.IndexOfAny(['"', '\u201c', '\u201d']) >= 0)
        {
            return false;
        }

        if (PromptVerbPattern.Value.IsMatch(line) && PromptObjectPattern.Value.IsMatch(line) && PromptAddressPattern.Value.IsMatch(line))
        {
            return true;
        }

        return f.Words <= options.ShortPromptMaxWords && !f.EndsSentence && f.SentenceMarks == 0 && PromptStartPattern.Value.IsMatch(line);
    }

    /// <summary>A caption: it opens with a photo label or camera symbol, or a short caption closes with a credit.</summary>
    public static bool IsCaption(string original, LineFeatures f, ExtractionOptions options)
    {
        string t = original.TrimStart();
        if (f.Words > options.CaptionLineMaxWords)
        {
            return false;
        }

        if (PhotoMarks.Any(m => t.StartsWith(m, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return f.SentenceMarks <= 2 && (CreditTail().IsMatch(t) || PhotographerYearTail().IsMatch(t));
    }

    /// <summary>The line without leading symbols and emoji ("📌 Read more: …" → "Read more: …"), or the line itself.</summary>
    public static string WithoutLeadingSymbols(string line)
    {
        int i = 0;
        while (i < line.Length && (char.IsSurrogate(line[i]) || char.GetUnicodeCategory(line[i]) is System.Globalization.UnicodeCategory.OtherSymbol
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format || line[i] is '\uFE0F' || char.IsWhiteSpace(line[i])))
        {
            i++;
        }

        return i == 0 || i == line.Length ? line : line[i..];
    }

    private static IEnumerable<string> Words(string role) =>
        Lexicon.Rows("prompt-words.tsv").Where(r => r.Length > 1 && r[1] == role).Select(static r => r[0]);

    private static string Alternation(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(static w => w.Length).Select(Regex.Escape));
}
