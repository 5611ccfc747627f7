using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// Vote tallies as news writes them: "by 21 votes to 20", "voted it down 21-20", "26 in favour and 15 against".
/// The tally is the value ("21-20"); wording does not matter, so two outlets reporting one vote align.
/// </summary>
public sealed partial class VoteTallyFinder : MentionFinder
{
    [GeneratedRegex(@"\bby (?<for>[0-9]{1,4}) votes? to (?<against>[0-9]{1,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ByVotesTo();

    [GeneratedRegex(@"\bvot(?:e|es|ed|ing)\b[^.!?]{0,30}?\b(?<for>[0-9]{1,4}) ?[-–] ?(?<against>[0-9]{1,4})\b|\b(?<for>[0-9]{1,4}) ?[-–] ?(?<against>[0-9]{1,4}) (?:vote|margin|majority)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Dashed();

    [GeneratedRegex(@"\b(?<for>[0-9]{1,4}) (?:[a-z]+ )?(?:voting |votes )?(?:in favou?r|for)(?: of it)?,? (?:and|to|with) (?<against>[0-9]{1,4})(?: [a-z]+)? (?:voting )?against\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ForAndAgainst();

    internal override void FindInArticle(MentionScan scan)
    {
        foreach (VoteTallyMention vote in Find(scan.Text, scan.Sentences))
        {
            scan.Keyed.Add(new KeyedMention(new VoteKey(), vote.Tally, null, vote.Sentence, vote.Start, vote.End));
        }
    }

    /// <summary>The tallies in <paramref name="text"/>, in text order; a phrase two patterns match counts once.</summary>
    internal static List<VoteTallyMention> Find(string text, ImmutableArray<Sentence> sentences)
    {
        var found = new List<VoteTallyMention>();
        foreach (Regex pattern in new[] { ByVotesTo(), Dashed(), ForAndAgainst() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                int sentence = SentenceLookup.IndexAt(sentences, m.Index);
                if (sentence < 0 || found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
                {
                    continue;
                }

                int votesFor = int.Parse(m.Groups["for"].ValueSpan, CultureInfo.InvariantCulture);
                int votesAgainst = int.Parse(m.Groups["against"].ValueSpan, CultureInfo.InvariantCulture);
                found.Add(new VoteTallyMention(votesFor, votesAgainst, sentence, m.Index, m.Index + m.Length));
            }
        }

        return [.. found.OrderBy(static f => f.Start)];
    }
}
