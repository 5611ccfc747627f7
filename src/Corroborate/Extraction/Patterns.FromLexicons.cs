using System.Text.RegularExpressions;
using Corroborate.Lexicons;

namespace Corroborate.Extraction;

/// <summary>
/// The patterns whose word lists are data in <c>src/Corroborate/Lexicons/</c>, built once on first use. Each is
/// NonBacktracking (the source generator would build these at run time too), anchored or word-bounded, and used
/// only to test whether a line matches, so the order of the words in a file does not matter.
/// </summary>
internal static partial class Patterns
{
    private const RegexOptions NbIgnoreCase = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Lazy<Regex> ShareWidgetPattern = new(() => new Regex(
        @"^(?:(?:" + Alternation(Lexicon.Entries("share-widget-words.txt").Concat(Lexicon.EntriesMarked("social-networks.tsv", 1)))
        + @"|&|\||·|•|\[|\])[\s:,]*)+$", NbIgnoreCase));

    private static readonly Lazy<Regex> FollowPromptPattern = new(() => new Regex(
        @"^(?:(?:follow|like|find|join|connect with) us|follow\s+.{1,50})\s+on\s+(?:social media|social|"
        + Alternation(Lexicon.EntriesMarked("social-networks.tsv", 2)) + @")\b.{0,80}$", NbIgnoreCase));

    private static readonly Lazy<Regex> AgencyCreditPattern = new(() => new Regex(
        @"^(?:(?:photo|image|picture|credit|source|foto)s?\s*:?\s*)?(?:[\p{Lu}][\p{L}.'-]{0,20}\s){0,3}(?:via\s)?(?:"
        + Alternation(Lexicon.Entries("photo-agencies.txt").Concat(Lexicon.Entries("photo-credit-stand-ins.txt")))
        + @")(?:\s*/\s*[\p{L} .'-]{1,40})?$", NbIgnoreCase));

    private static readonly Lazy<Regex> CreditVocabularyPattern = new(() => new Regex(
        @"\b(?:" + Alternation(Lexicon.Entries("all-caps-credit-words.txt").Select(static w => w.ToUpperInvariant())) + @")\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));

    // Reader tools: the words, plus symbols (▶ 🔊), separators and durations ("03:51", "4 min").
    private static readonly Lazy<Regex> ReaderToolsPattern = new(() => new Regex(
        @"^(?:(?:" + Alternation(Lexicon.Entries("reader-tool-words.txt").OrderByDescending(static w => w.Length))
        + @"|\d{1,2}:\d{2}|\d{1,3}|\p{So}|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u25b6\u25ba\u23f5|/\u00b7\u2022:+-])[\s\uFE0F]*)+$", NbIgnoreCase));

    private static readonly Lazy<Regex> ConsentTopicPattern = new(() => new Regex(
        @"\b(?:" + Alternation(Lexicon.Rows("consent-words.tsv").Where(static r => r.Length > 1 && r[1] == "topic").Select(static r => r[0])) + @")\b", NbIgnoreCase));

    private static readonly Lazy<Regex> ConsentActionPattern = new(() => new Regex(
        @"\b(?:" + Alternation(Lexicon.Rows("consent-words.tsv").Where(static r => r.Length > 1 && r[1] == "action").Select(static r => r[0])) + @")\b", NbIgnoreCase));

    /// <summary>A reader-tools bar: "Listen to this article ▶ 03:51", "Font size A A A | Print", "Reading time: 4 minutes".</summary>
    public static Regex ReaderTools() => ReaderToolsPattern.Value;

    /// <summary>A cookie or consent banner: a topic word ("cookies") with an action word ("Accept", "settings", "by continuing").</summary>
    public static bool IsConsentBanner(string line) => ConsentTopicPattern.Value.IsMatch(line) && ConsentActionPattern.Value.IsMatch(line);

    private static readonly Lazy<Regex> ReferenceHeadingPattern = new(() => new Regex(
        @"^(?:" + Alternation(Lexicon.Entries("reference-list-headings.txt")) + @")\s*:?$", NbIgnoreCase));

    /// <summary>A heading that opens an appended list of cited works: "References", "Sources:".</summary>
    public static Regex ReferenceHeading() => ReferenceHeadingPattern.Value;

    /// <summary>A share/follow/print widget: nothing but widget words and share-button network names.</summary>
    public static Regex ShareWidget() => ShareWidgetPattern.Value;

    /// <summary>A prompt to follow the outlet elsewhere: "Follow us on social media for live updates."</summary>
    public static Regex FollowPrompt() => FollowPromptPattern.Value;

    /// <summary>Agency or photographer credit words that may form a whole line: "Photo: Reuters / Jo Eld", "AFP via Getty Images".</summary>
    public static Regex AgencyCredit() => AgencyCreditPattern.Value;

    /// <summary>Photo/agency credit vocabulary in a short all-caps line: "NORTHSIDE PHOTO AGENCY", "STAFF / POOL".</summary>
    public static Regex CreditVocabulary() => CreditVocabularyPattern.Value;

    private static string Alternation(IEnumerable<string> words) => string.Join('|', words.Select(Regex.Escape));
}
