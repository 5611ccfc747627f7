using System.Collections.Frozen;
using Corroborate.Lexicons;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Mentions;

/// <summary>
/// Where a happening took place, by the shape of a venue's name: a capitalised name of two or more words ending in a
/// venue noun ("the Riverside Stadium", "Northfield Crown Court", "Primary School No. 4") is keyed by that noun
/// ("place:stadium"), and "&lt;venue&gt; in &lt;Town&gt;" keys the town ("place:court town"; the conflict finder reads the venue
/// before it, so towns are compared only for one venue). Values are the names as written.
/// </summary>
public sealed class VenueFinder : MentionFinder
{
    // Lexicons/venue-heads.txt: nouns that end a venue's name.
    private static readonly FrozenSet<string> Heads = Lexicon.Entries("venue-heads.txt").ToFrozenSet(StringComparer.Ordinal);

    private const int MaxNameWords = 5;

    internal override void FindInSentence(SentenceTokens s, MentionScan scan)
    {
        for (int k = 1; k < s.Count; k++)
        {
            string head = Singular(s.Lower(k));
            if (!s.IsCapitalized(k) || !Heads.Contains(head) || !s.Adjacent(k))
            {
                continue;
            }

            int start = k;
            while (start - 1 >= 0 && k - start + 1 < MaxNameWords && s.Adjacent(start) && NamePart(s, start - 1))
            {
                start--;
            }

            int end = k + 1;
            // "Primary School No. 12": a number after "No." is part of the name; so is "of Medicine" in "School of Medicine".
            if (s.Is(end, "no") && end + 1 < s.Count && s.IsNumber(end + 1))
            {
                end += 2;
            }
            else if (s.Is(end, "of") && s.Adjacent(end) && end + 1 < s.Count && s.Adjacent(end + 1) && NamePart(s, end + 1))
            {
                end += 2;
                while (end < s.Count && end - k < 5 && s.Adjacent(end) && NamePart(s, end))
                {
                    end++;
                }
            }

            if (start < k)
            {
                Add(scan, s, new PlaceKey(head), start, end);
            }

            // "the High Court in Kimberley": the town the venue is in.
            if (s.Is(end, "in") && s.Adjacent(end) && end + 1 < s.Count && s.Adjacent(end + 1) && NamePart(s, end + 1))
            {
                int town = end + 1;
                int townEnd = town + 1;
                while (townEnd < s.Count && townEnd - town < 3 && s.Adjacent(townEnd) && NamePart(s, townEnd))
                {
                    townEnd++;
                }

                if (!Heads.Contains(Singular(s.Lower(townEnd - 1))))
                {
                    Add(scan, s, new PlaceKey(head + " town"), town, townEnd);
                }
            }
        }
    }

    /// <summary>A capitalised word that can be part of a name (not a sentence's opening function word such as "The").</summary>
    private static bool NamePart(SentenceTokens s, int k) =>
        s.IsCapitalized(k) && !Stopwords.Contains(s.Lower(k)) && !NameWords.IsCalendar(s.Lower(k));

    private static string Singular(string lower) =>
        lower.Length > 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) ? lower[..^1] : lower;

    private static void Add(MentionScan scan, SentenceTokens s, PlaceKey key, int first, int end)
    {
        int from = s.Start(first);
        int to = s.End(end - 1);
        string name = s.Text[from..to].Replace("’s", "'s", StringComparison.Ordinal);
        scan.Keyed.Add(new KeyedMention(key, name, null, s.Index, from, to));
    }
}
