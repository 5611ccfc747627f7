using System.Text.RegularExpressions;
using Corroborate.Lexicons;

namespace Corroborate.Extraction;

/// <summary>
/// A date line made of parts joined by separators ("|", "·", "•", " — ", " – ", " - "): "By Jo Eld · 2 June 2025 · 4 min
/// read", "Northline | Updated 10:05 AM CET, June 2, 2025", "Politics · 02.06.2025, 22:10 · updated 23:47",
/// "02/06/2025 08:12 - Updated 02/06/2025 09:40" (a hyphen typed for a dash). It is a
/// dateline when one part is a date and every other part is short metadata: a time, a reading-time or counter note,
/// a byline, a label ("Category: Politics"), or a name, place or section of a few words that is no sentence.
/// </summary>
/// <remarks>
/// The shape decides, not the words: a headline joined to a date by a bar is longer than
/// <see cref="ExtractionOptions.DatelinePartMaxWords"/> or ends like a sentence, and so keeps the line from being a
/// dateline.
/// </remarks>
internal static class DatelineParts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Lazy<Regex> Separator = new(() => new Regex(@"\s*[|\u00b7\u2022]\s*|\s+[\u2014\u2013-]\s+", Options));

    // "4 min read", "1,204 views", "Reading time: 4 minutes": the nouns come from Lexicons/dateline-meta-words.txt.
    private static readonly Lazy<Regex> MetaNote = new(() => new Regex(
        @"^(?:[0-9.,]{1,9}\s*[km]?\s+(?:(?:min(?:ute)?s?|hours?|hrs?|sec(?:ond)?s?)\s+)?(?:"
        + string.Join('|', Lexicon.Entries("dateline-meta-words.txt").Select(Regex.Escape))
        + @")|(?:reading|read|listening) time:?\s*[0-9]{1,3}\s*(?:min(?:ute)?s?)|(?:updated|edited)?\s*[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,5})?)$", Options));

    // Notes standing on a line of their own are set apart by wide spaces or icons as often as by bars: "👁 48.2K views   ⏱ 3 min".
    private static readonly Lazy<Regex> NoteSeparator = new(() => new Regex(@"\s*[|\u00b7\u2022]\s*|\s+[\u2014\u2013-]\s+|\s{2,}|[\p{So}\p{Cs}\uFE0F]+", Options));

    // "3 min", "12 minutes": a reading time without its verb.
    private static readonly Lazy<Regex> ReadingMinutes = new(() => new Regex(@"^[0-9]{1,3}\s*(?:min(?:ute)?s?)$", Options));

    /// <summary>
    /// A line made only of counter and reading-time notes ("👁 48.2K views   ⏱ 3 min", "1,204 views · 4 min read"):
    /// page furniture, never a headline, whatever its position.
    /// </summary>
    public static bool IsNoteLine(string line)
    {
        bool any = false;
        foreach (string raw in NoteSeparator.Value.Split(line))
        {
            string part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (!MetaNote.Value.IsMatch(part) && !ReadingMinutes.Value.IsMatch(part))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The parts of a line between its separators, trimmed, empty ones left out.</summary>
    public static IEnumerable<string> Split(string line) =>
        Separator.Value.Split(line).Select(static p => p.Trim()).Where(static p => p.Length > 0);

    /// <summary>The date the parts of <paramref name="line"/> state, or null when the line is not such a dateline.</summary>
    public static DateOnly? Parse(string line, ExtractionOptions options, NumericDateOrder order = NumericDateOrder.DayFirst)
    {
        string[] parts = Separator.Value.Split(line);
        if (parts.Length < 2)
        {
            return null;
        }

        DateOnly? date = null;
        foreach (string raw in parts)
        {
            string part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (date is null && DatelineParser.ParseWhole(part, order) is { } d)
            {
                date = d;
                continue;
            }

            if (!IsMetadata(part, options))
            {
                return null;
            }
        }

        return date;
    }

    /// <summary>A part that only describes the page: a time or note, or a few words (a name, a place, a label) that are no sentence.</summary>
    internal static bool IsMetadata(string part, ExtractionOptions options)
    {
        if (MetaNote.Value.IsMatch(part) || DatelineParser.ParseWhole(part) is not null)
        {
            return true;
        }

        LineFeatures f = LineFeatures.Of(part);
        return f.Words >= 1 && f.Words <= options.DatelinePartMaxWords && !(f.EndsSentence && !part.EndsWith(".m.", StringComparison.OrdinalIgnoreCase)) && f.SentenceMarks == 0;
    }
}
