using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>
/// The textual cues extraction looks for. Every pattern is either NonBacktracking or, where it needs a lookaround,
/// linear for a reason stated in tests/Corroborate.Tests/Extraction/RegexSafetyTests.cs (which fails on any other),
/// so no hostile page can make one run away. The vocabulary is generic page furniture (share, follow,
/// comments, advertisement, related, sign in, agency credits), never a site's own words. The patterns here are
/// source-generated; those whose word lists are data are built at startup (Patterns.FromLexicons.cs).
/// </summary>
internal static partial class Patterns
{
    private const RegexOptions Nb = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private const RegexOptions Ci = Nb | RegexOptions.IgnoreCase;

    /// <summary>"14 minutes ago", "2 hours ago", "yesterday", "just now": the timestamp line of a teaser header.</summary>
    [GeneratedRegex(@"^(?:(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago|yesterday|just now)$", Ci)]
    public static partial Regex TimeAgo();

    /// <summary>A teaser header on one line: the outlet, a separator and the time ago ("Northline Gazette · 40 min ago"); the outlet captured.</summary>
    [GeneratedRegex(@"^(?<outlet>[^|\u00b7\u2022]+?)\s*[|\u00b7\u2022\u2013\u2014-]\s*(?:(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago|yesterday|just now)$", Ci)]
    public static partial Regex OutletTimeAgo();

    /// <summary>Comment widgets: "Comments", "12 Comments", "No comments yet...", "Leave a comment", "Show comments".</summary>
    [GeneratedRegex(@"^(?:\d{1,6}\s+comments?|comments?(?:\s*\(\d{1,6}\))?|no comments(?: yet)?[.…!]*|(?:leave|add|post|show|view|read|load)\s+(?:a\s+|the\s+|all\s+)?comments?[.…]*|be the first to comment[.!…]*)$", Ci)]
    public static partial Regex CommentsWidget();

    /// <summary>Headers that open a block of links or teasers to other stories.</summary>
    [GeneratedRegex(@"^(?:related(?:\s+(?:articles?|stories|news|content|posts|coverage|links|reading))?|you may also like|you might also like|recommended(?:\s+(?:for you|stories|articles|reading))?|more (?:stories|news|from|on|in|articles|to read)\b.{0,40}|read more|read also|read next|further reading|most (?:read|popular|viewed|watched|shared|commented)(?:\s+(?:on|in|at|from)\s+[^:|]{1,40})?|trending(?: now| stories)?|popular (?:stories|articles|now)|top stories|latest (?:news|stories)|what to read next|in other news|around the web|also read|see also)[:.…]?$", Ci)]
    public static partial Regex RelatedHeader();

    /// <summary>A labelled list of other stories or tickers: "Related tickers: …", "Most watched: 1. … 2. …", "Read also: …".</summary>
    [GeneratedRegex(@"^(?:related|most (?:read|popular|viewed|watched|shared|commented)|trending|more (?:from|on|in|about) [^:|]{1,40}|read also|also read|see also|read more|recommended|top stories|latest)(?:\s+\w+)?\s*:\s*\S.{0,200}$", Ci)]
    public static partial Regex LabelledList();

    /// <summary>A promo line pointing to another story: "READ MORE: …", "Related: …", "WATCH: …".</summary>
    [GeneratedRegex(@"^(?:read more|read also|also read|related|watch|listen|see also|more|more (?:from|on|in|about) [^:|]{1,40}|recommended|click here)\s*[:>\u2013\u2014-]\s*.{1,160}$", Ci)]
    public static partial Regex InlinePromo();

    /// <summary>A standalone "Advertisement" / "ADVERTISEMENT" / "Sponsored" slot.</summary>
    [GeneratedRegex(@"^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|(?:this |the )?(?:slideshow|video|content|page|gallery|player) requires javascript\.?|(?:please )?enable javascript\b.{0,80}|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)$", Ci)]
    public static partial Regex AdvertisementLine();

    /// <summary>"Advertisement" inserted between two sentences of a paragraph.</summary>
    [GeneratedRegex(@"(?<=[.!?'""\u2019\u201d)] ?)\s*\b(?:Advertisement|ADVERTISEMENT)\b\s*(?=[A-Z'""\u2018\u201c(]|$)", RegexOptions.CultureInvariant)]
    public static partial Regex InlineAdvertisement();

    /// <summary>Sign-in, log-in, subscribe and newsletter prompts.</summary>
    [GeneratedRegex(@"^(?:(?:sign|log) ?in|sign up|subscribe|register|create (?:a |an )?(?:free )?account|join|get|already (?:a subscriber|have an account))\b.{0,80}(?:portfolio|account|newsletter|subscri\w{0,8}|access|free|inbox|updates|alerts|briefing|digest|sign ?(?:in|up)|log ?in|members?)\b.{0,40}$|^.{0,60}\b(?:newsletters?|subscribe now|sign up for (?:our|the|free)|enter your email|unsubscribe at any time)\b.{0,80}$", Ci)]
    public static partial Regex SignInPrompt();

    /// <summary>A credit line, optionally in parentheses: "With Post wires", "(Reporting by ...; Editing by ...)", "Additional reporting by ...", "Reporting by ...; Editing by ...".</summary>
    [GeneratedRegex(@"^\(?(?:with (?:\w+\s){0,4}wires?|with wire services|(?:additional )?reporting by\b.{0,120}|editing by\b.{0,120}|(?:compiled|written) by\b.{0,60}|wires? contributed\b.{0,60})\.?$", Ci)]
    public static partial Regex WireCredit();

    /// <summary>A "Hashtags" / "Tags:" / "Topics:" line.</summary>
    [GeneratedRegex(@"^(?:hashtags?|tags?|topics?|filed under|categories)(?::.{0,200})?$", Ci)]
    public static partial Regex TagsLine();

    /// <summary>A labelled photo credit of any photographer or agency: "Photo: Jo Eld / Northline", "Picture by Ana Ruiz".</summary>
    [GeneratedRegex(@"^\(?(?:photo(?:graph)?|picture|image|credit|foto)s?\s*(?::|by\b)\s*[^.!?]{2,80}\)?$", Ci)]
    public static partial Regex LabelledPhotoCredit();

    /// <summary>A caption that opens with a photo counter: "4 Rescue crews search the riverbank ..." (the counter captured; the match takes the caption's first character too, where a lookahead would stop NonBacktracking).</summary>
    [GeneratedRegex(@"^(\d{1,2}) [\p{Lu}'""\u2018\u201c]", Nb)]
    public static partial Regex PhotoCounter();

    /// <summary>An inline caption inside a scraped paragraph: "3 Caption sentence. REUTERS" (optionally "AFP via Getty Images").</summary>
    [GeneratedRegex(@"(?<=[.!?'""\u2019\u201d] )\d{1,2} [\p{Lu}][^.!?\n]{10,300}[.!?]['""\u2019\u201d]? (?:(?:[\p{Lu}][\p{L}'-]{0,20} ){0,3}via Getty Images|Getty Images|REUTERS|Reuters|AFP|AP(?: Photo)?|EPA(?:-EFE)?|Shutterstock|Alamy|[\p{Lu}]{2,12}(?: [\p{Lu}]{2,12}){0,2})(?: (?:Advertisement|ADVERTISEMENT))?(?= |$)", RegexOptions.CultureInvariant)]
    public static partial Regex InlineCaption();

    /// <summary>A photo credit closing a paragraph: "📸 Jane Doe - 2025 Getty Images", "Photo: Jane Doe/AFP".</summary>
    [GeneratedRegex(@"(?<=[.!?'""\u2019\u201d] |^)(?:\p{So}\uFE0F?\s?)?(?:(?:photo|image|picture|credit)s?:?\s)?[^.!?\n]{0,60}?\b(?:Getty Images|REUTERS|Reuters|AFP|AP Photo|EPA(?:-EFE)?|Shutterstock|Alamy|Anadolu(?: Agency)?)(?:/[^.!?\n]{0,30})?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingPhotoCredit();

    /// <summary>A provenance note closing a paragraph: "This article was translated … here."</summary>
    [GeneratedRegex(@"(?<=[.!?'""\u2019\u201d] |^)This (?:article|story|post|report|content) (?:(?:was|has been|is being) (?:translated|originally published|first published|produced|supplied|provided|syndicated|distributed|republished|sourced|reproduced)|originally appeared|first appeared)\b[^\n]{0,300}$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingProvenance();

    /// <summary>"Read the original article on X" (X captured: capitalized words, stopping before widget words).</summary>
    [GeneratedRegex(@"\bRead the original (?:article|story|post) (?:on|at|from) (?:the )?((?:(?!Sign\b|Log\b|Subscribe\b|Share\b|Follow\b|Advertisement\b|Click\b|Read\b)(?>[\p{Lu}0-9][\p{L}0-9&'.-]{0,30})\s?){1,5})", RegexOptions.CultureInvariant)]
    public static partial Regex ReadOriginal();

    /// <summary>A wire dateline: an upper-case place, an optional date, then the wire's name in parentheses and a dash: "OSLO, May 12 (Nordic Wire) —".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'-]{1,40}(?:, [\p{L}]{3,9}\.? \d{1,2})?\s*\(((?:[\p{Lu}][\p{L}&'.-]{0,30} ?){1,4})\)\s*[\u2014\u2013-]", Nb)]
    public static partial Regex WireDateline();

    /// <summary>"For the latest from X, ..." footers (X captured).</summary>
    [GeneratedRegex(@"^For (?:the latest|more) (?:news |updates |stories )?(?:from|on|visit) ((?:[\p{Lu}0-9][\p{L}0-9&'.-]{0,30}\s?){1,5})", Nb)]
    public static partial Regex LatestFrom();

    /// <summary>"This article was translated ..." / "This story originally appeared in ..." notes.</summary>
    [GeneratedRegex(@"^This (?:article|story|post|report|content) (?:(?:was|has been|is being) (?:translated|originally published|first published|produced|supplied|provided|syndicated|distributed|republished|sourced|reproduced)|originally appeared|first appeared|comes from|is from)\b.{0,200}$|^.{0,160}\bhas not been (?:edited|checked|reviewed|modified) by\b.{1,60}\b(?:staff|editors|editorial (?:staff|team)|newsroom)\b.{0,120}$", Ci)]
    public static partial Regex ProvenanceNote();

    /// <summary>The host named in "… has not been edited by X staff." (X captured).</summary>
    [GeneratedRegex(@"\bnot been (?:edited|checked|reviewed|modified) by (?:the )?((?:[\p{Lu}0-9][\p{L}0-9&'.-]{0,30}\s?){1,5}?)\s(?:staff|editors|journalists|newsroom)\b", Nb)]
    public static partial Regex NotEditedBy();

    /// <summary>A copyright footer: "© Outlet 2025", "Copyright 2025 …", "… All rights reserved."</summary>
    [GeneratedRegex(@"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}\b|by\b))|\ball rights reserved\b", Ci)]
    public static partial Regex CopyrightLine();

    /// <summary>The holder in "© Outlet Name 2025." / "Copyright 2025 Outlet Name." (captured).</summary>
    [GeneratedRegex(@"^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}\s+)?((?:[\p{Lu}][\p{L}&'-]{0,30} ?){1,5}?)\s*(?:\d{4})?\s*[.,]", Nb)]
    public static partial Regex CopyrightHolder();

    /// <summary>A link-list label: "More from Sport:", "More on X:", "Read more:", "Related:", followed by links.</summary>
    [GeneratedRegex(@"^(?:more (?:from|on|in|about) [^:|]{1,40}|read more|related(?: stories| articles| links)?|see also|also read|latest)\s*:\s*\S", Ci)]
    public static partial Regex LinkListLabel();

    /// <summary>A byline: "By Jane Doe", "By Jane Doe and Sam Roe", "BY JANE DOE, Staff Reporter".</summary>
    [GeneratedRegex(@"^(?:By|BY)\s+(?:[\p{Lu}][\p{L}'.-]{0,30}\s?){1,4}(?:(?:,|and|&)\s*(?:[\p{Lu}][\p{L}'.-]{0,30}\s?){1,4}){0,3}(?:\s*[,|\u2013\u2014-]\s*[^.!?]{0,60})?$", Nb)]
    public static partial Regex Byline();

    /// <summary>A numbered list item: "1. Headline", "2) Headline".</summary>
    [GeneratedRegex(@"^\d{1,2}[.)]\s+\S", Nb)]
    public static partial Regex NumberedItem();

    /// <summary>A reference list entry: "[1] Headline - Outlet".</summary>
    [GeneratedRegex(@"^\[\d{1,3}\]\s", Nb)]
    public static partial Regex ReferenceEntry();

    /// <summary>A bullet line: "- ...", "• ...", "* ...".</summary>
    [GeneratedRegex(@"^[-\u2022*\u2013\u00b7\u2192\u25b8\u203a\u00bb]\s+\S", Nb)]
    public static partial Regex Bullet();

    /// <summary>HTML comment remnants left in scraped text ("&lt;!–", "&lt;!--", "--&gt;").</summary>
    [GeneratedRegex(@"(?:<!(?:--|[\u2013\u2014-])?\s*)+|(?:--|\u2013)>", Nb)]
    public static partial Regex CommentRemnant();

    /// <summary>A clause cut where a link was removed: ", ." or ", and ." before the end of a sentence.</summary>
    [GeneratedRegex(@",\s{0,3}(?:(?:and|or|but|via|at|on|in|from)\s{1,3})?(?=\.)", RegexOptions.CultureInvariant)]
    public static partial Regex DanglingLink();

    /// <summary>A sentence end glued to the next sentence: "2022.The", "exchange.The", "outlet.\u201cIf".</summary>
    [GeneratedRegex(@"(?<=[\p{Ll}0-9%)]{2}[.!?]['""\u2019\u201d]?)(?=['""\u2018\u201c]?[\p{Lu}][\p{Ll}])", RegexOptions.CultureInvariant)]
    public static partial Regex MissingSpace();

    /// <summary>A word cut off by an ellipsis at the very end of the text: "ar...", "Houston…".</summary>
    [GeneratedRegex(@"(?:\s|^)(\S{0,40}?)(?:\.{3}|\u2026)\s*$", Nb)]
    public static partial Regex TrailingEllipsis();
}
