using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Vote tallies as news writes them: "by 21 votes to 20", "voted it down 21-20", "26 in favour and 15 against".
/// The tally is the value ("21-20"); wording does not matter, so two outlets reporting one vote align.
/// </summary>
internal static partial class VoteTallies
{
    [GeneratedRegex(@"\bby (?<for>[0-9]{1,4}) votes? to (?<against>[0-9]{1,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ByVotesTo();

    [GeneratedRegex(@"\bvot(?:e|es|ed|ing)\b[^.!?]{0,30}?\b(?<for>[0-9]{1,4}) ?[-–] ?(?<against>[0-9]{1,4})\b|\b(?<for>[0-9]{1,4}) ?[-–] ?(?<against>[0-9]{1,4}) (?:vote|margin|majority)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Dashed();

    [GeneratedRegex(@"\b(?<for>[0-9]{1,4}) (?:[a-z]+ )?(?:voting |votes )?(?:in favou?r|for)(?: of it)?,? (?:and|to|with) (?<against>[0-9]{1,4})(?: [a-z]+)? (?:voting )?against\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForAndAgainst();

    /// <summary>(sentence, tally "for-against", phrase start, phrase end) in text order.</summary>
    public static IEnumerable<(int Sentence, string Tally, int Start, int End)> Find(string text, ImmutableArray<Sentence> sentences)
    {
        var found = new List<(int, string, int, int)>();
        foreach (Regex pattern in new[] { ByVotesTo(), Dashed(), ForAndAgainst() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                int sentence = SentenceLookup.IndexAt(sentences, m.Index);
                if (sentence < 0 || found.Any(f => f.Item3 < m.Index + m.Length && m.Index < f.Item4))
                {
                    continue;
                }

                int votesFor = int.Parse(m.Groups["for"].ValueSpan, CultureInfo.InvariantCulture);
                int votesAgainst = int.Parse(m.Groups["against"].ValueSpan, CultureInfo.InvariantCulture);
                found.Add((sentence, $"{votesFor}-{votesAgainst}", m.Index, m.Index + m.Length));
            }
        }

        return found.OrderBy(f => f.Item3);
    }
}
