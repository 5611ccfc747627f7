using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>
/// Decides how a page writes its ambiguous numeric dates ("04/03/2026": 4 March or 3 April?) from the page itself.
/// The page settles it when another numeric date on it has a part above 12 ("25/03/2026" is day-first), or when a
/// written or ISO date on it ("4 March 2026", "2026-03-04") is one reading of an ambiguous date of the same year.
/// Failing that, a reading that lies more than <see cref="ExtractionOptions.DateOrderFutureSlackDays"/> after every
/// unambiguous date on the page is a bad sign, so the other reading wins. Otherwise day-first
/// (<see cref="NumericDateOrder.DayFirst"/>): no page language or locale is consulted.
/// </summary>
internal static class PageDateOrder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // ASCII digits only: \d would match other scripts' digits, which invariant parsing rejects. (NonBacktracking
    // has no lookarounds or back-references, hence \b and the two spelled-out separators.)
    private static readonly Lazy<Regex> Numeric = new(() => new Regex(
        @"\b(?<a>[0-9]{1,2})(?:/(?<b>[0-9]{1,2})/|\.(?<b>[0-9]{1,2})\.)(?<year>[0-9]{4})\b", Options));

    private static readonly Lazy<Regex> Written = new(() => new Regex(
        @"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>[a-z]{3,9})\.?,?\s+(?<year>[0-9]{4})\b"
        + @"|\b(?<month>[a-z]{3,9})\.?\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>[0-9]{4})\b"
        + @"|\b(?<year>[0-9]{4})-(?<m>[0-9]{2})-(?<day>[0-9]{2})\b", Options));

    /// <summary>The order the page's lines settle, or day-first when they do not.</summary>
    public static NumericDateOrder Of(IEnumerable<string> lines, ExtractionOptions options)
    {
        var known = new List<DateOnly>();
        var ambiguous = new List<(int A, int B, int Year)>();
        int votes = 0; // > 0: day-first, < 0: month-first
        foreach (string line in lines)
        {
            foreach (Match m in Numeric.Value.Matches(line))
            {
                int a = DatelineParser.Number(m.Groups["a"].Value), b = DatelineParser.Number(m.Groups["b"].Value), y = DatelineParser.Number(m.Groups["year"].Value);
                if (DatelineParser.Numeric(a, b, y, NumericDateOrder.DayFirst) is not { } d)
                {
                    continue;
                }

                if (a > 12 || b > 12)
                {
                    votes += a > 12 ? 1 : -1; // the part above 12 is the day
                    known.Add(d);
                }
                else if (a != b)
                {
                    ambiguous.Add((a, b, y));
                }
            }

            foreach (Match m in Written.Value.Matches(line))
            {
                int month = m.Groups["m"].Success ? DatelineParser.Number(m.Groups["m"].Value) : DatelineParser.MonthNumber(m.Groups["month"].Value);
                if (DatelineParser.Make(m.Groups["year"].Value, month, m.Groups["day"].Value) is { } d)
                {
                    known.Add(d);
                }
            }
        }

        if (ambiguous.Count == 0)
        {
            return NumericDateOrder.DayFirst;
        }

        foreach ((int a, int b, int y) in ambiguous)
        {
            votes += known.Contains(new DateOnly(y, b, a)) ? 1 : 0;
            votes -= known.Contains(new DateOnly(y, a, b)) ? 1 : 0;
        }

        if (votes == 0 && known.Count > 0)
        {
            votes = FutureVotes(ambiguous, known.Max().AddDays(options.DateOrderFutureSlackDays));
        }

        return votes < 0 ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
    }

    /// <summary>Votes against a reading that puts an ambiguous date well after every unambiguous date on the page.</summary>
    private static int FutureVotes(List<(int A, int B, int Year)> ambiguous, DateOnly latest)
    {
        int votes = 0;
        foreach ((int a, int b, int y) in ambiguous)
        {
            bool dayFirstLate = new DateOnly(y, b, a) > latest, monthFirstLate = new DateOnly(y, a, b) > latest;
            votes += monthFirstLate && !dayFirstLate ? 1 : dayFirstLate && !monthFirstLate ? -1 : 0;
        }

        return votes;
    }
}
