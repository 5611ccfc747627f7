using System.Collections.Frozen;
using Corroborate.Lexicons;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Mentions;

/// <summary>
/// Where something happened, by the shape "in / at / near / outside &lt;Capitalised Name&gt;" ("swept off a causeway
/// near Frederickton", "shot on a dirt road in São Domingos do Araguaia"), keyed <c>place:town</c>. A name of places
/// so common in news cannot be compared on its key alone: the conflict finder compares two such names only in
/// sentences alike in words and around the names, and never when one source names both. Venues ("the High Court in
/// Kimberley") are the <see cref="VenueFinder"/>'s.
/// </summary>
public sealed class LocalityFinder : MentionFinder
{
    internal override IEnumerable<Type> Needs => [typeof(PeopleFinder)];

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(["in", "at", "near", "outside"], StringComparer.Ordinal);

    // Lexicons/venue-heads.txt: a name ending in one of these is a venue, not a town.
    private static readonly FrozenSet<string> VenueHeads = Lexicon.Entries("venue-heads.txt").ToFrozenSet(StringComparer.Ordinal);

    private const int MaxNameWords = 4;

    internal override void FindInSentence(SentenceTokens s, MentionScan scan)
    {
        for (int k = 1; k + 1 < s.Count; k++)
        {
            // The sentence's first word is capitalised whatever it is; a venue's "in" belongs to the venue finder.
            if (!Prepositions.Contains(s.Lower(k)) || !s.Adjacent(k + 1) || VenueHeads.Contains(Singular(s.Lower(k - 1))))
            {
                continue;
            }

            int end = NameEnd(s, k + 1);
            if (end == k + 1 || (end < s.Count && s.Adjacent(end) && VenueHeads.Contains(Singular(s.Lower(end)))) || HasVenueHead(s, k + 1, end))
            {
                continue;
            }

            int from = s.Start(k + 1);
            int to = s.End(end - 1);
            string name = s.Text[from..to];
            if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            {
                name = name[..^2];
                to -= 2;
            }

            // A country holds the towns the others name ("in France" / "in Cannes"); it is no rival to them.
            if (!Places.TryJurisdiction(name, out _))
            {
                scan.LocalityCandidates.Add(new KeyedMention(new PlaceKey("town"), name, null, s.Index, from, to));
            }

            k = end - 1;
        }
    }

    /// <summary>A name the people finder took for a person ("at Hugh Marlow's") is not a town.</summary>
    internal override void FindInArticle(MentionScan scan)
    {
        // Both lists are in text order: one pass, however many names a hostile page holds.
        List<PersonMention> people = [.. scan.People.OrderBy(static p => p.Start)];
        int at = 0;
        foreach (KeyedMention town in scan.LocalityCandidates.OrderBy(static t => t.Start))
        {
            while (at < people.Count && people[at].End <= town.Start)
            {
                at++;
            }

            if (at == people.Count || people[at].Start >= town.End)
            {
                scan.Keyed.Add(town);
            }
        }
    }

    /// <summary>The end of a run of capitalised name words from <paramref name="start"/>, particles inside it ("do", "de") kept.</summary>
    private static int NameEnd(SentenceTokens s, int start)
    {
        int end = start;
        int words = 0;
        while (end < s.Count && words < MaxNameWords && (end == start || s.Adjacent(end)))
        {
            string lower = s.Lower(end);
            if (NamePart(s, end))
            {
                end++;
                words++;
            }
            else if (end > start && NameWords.IsParticle(lower) && end + 1 < s.Count && s.Adjacent(end + 1) && NamePart(s, end + 1))
            {
                end += 2;
                words += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool HasVenueHead(SentenceTokens s, int start, int end)
    {
        for (int m = start; m < end; m++)
        {
            if (VenueHeads.Contains(Singular(s.Lower(m))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamePart(SentenceTokens s, int k) =>
        s.IsCapitalized(k) && !s.Word(k).ContainsAnyInRange('0', '9') && !Stopwords.Contains(s.Lower(k)) && !NameWords.IsCalendar(s.Lower(k)) && !Titles.IsTitleWord(s.Lower(k));

    private static string Singular(string lower) =>
        lower.Length > 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) ? lower[..^1] : lower;
}
