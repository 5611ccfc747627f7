using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// The sides of a place conflict: one happening given two venues or towns by different sources ("at the Riverside
/// Stadium" vs "at the Harbour Stadium"). Names are one place when the words of one are all in the other ("the High
/// Court" is "the Northfield High Court"). A source naming two places under one key shows the key holds two places
/// (a match moved, two hearings), so no side is taken; two names must be said in like words to be about one happening.
/// </summary>
internal static class PlaceSides
{
    /// <summary>The key of towns found by their preposition alone (<see cref="Mentions.LocalityFinder"/>).</summary>
    private const string TownKey = "town";

    public static List<List<Statement>> Of(List<Statement> statements, CorroborationOptions options)
    {
        var clusters = new List<List<Statement>>();
        foreach (Statement statement in statements)
        {
            List<Statement>? home = clusters.FirstOrDefault(c => c.Any(m => OnePlace(m.Value, statement.Value)));
            if (home is null)
            {
                clusters.Add([statement]);
            }
            else
            {
                home.Add(statement);
            }
        }

        // A venue key a source gives two names holds two places (a match moved, two hearings). Towns are named by the
        // dozen in any story, so there only the pair one source names both of is let go (in Disagree).
        bool towns = statements[0].Key is PlaceKey { Of: TownKey };
        if (clusters.Count < 2 || (!towns && statements.GroupBy(s => s.Source, StringComparer.Ordinal).Any(source => source.Any(x => source.Any(y => !OnePlace(x.Value, y.Value))))))
        {
            return [];
        }

        var inConflict = new HashSet<List<Statement>>();
        for (int i = 0; i < clusters.Count; i++)
        {
            for (int j = i + 1; j < clusters.Count; j++)
            {
                if (Disagree(clusters[i], clusters[j], options))
                {
                    inConflict.Add(clusters[i]);
                    inConflict.Add(clusters[j]);
                }
            }
        }

        return clusters.Where(inConflict.Contains).ToList();
    }

    private static bool Disagree(List<Statement> a, List<Statement> b, CorroborationOptions options)
    {
        int Sources(List<Statement> side) => side.Select(s => s.Source).Distinct(StringComparer.Ordinal).Count();
        if (Math.Min(Sources(a), Sources(b)) >= options.TwoThingsFromSources)
        {
            return false;
        }

        if (a[0].Key is PlaceKey { Of: TownKey } && a.Any(x => b.Any(y => x.Source == y.Source)))
        {
            return false;
        }

        foreach (Statement x in a)
        {
            foreach (Statement y in b)
            {
                // Towns are compared only for one venue ("the High Court in A" vs "the Eastvale High Court in B"): two
                // venues' towns, or a town and its region, are not one happening's place.
                bool town = x.Key is PlaceKey { Of: TownKey };
                if (x.Source == y.Source || (VenueOf(x) is { } vx && VenueOf(y) is { } vy && (!OnePlace(vx, vy) || Nested(x, y))) || (town && Nested(x, y)))
                {
                    continue;
                }

                string[] tx = x.Article.Analyzed.SentenceTerms[x.Sentence];
                string[] ty = y.Article.Analyzed.SentenceTerms[y.Sentence];
                int shared = SentenceTerms.Shared(tx, ty);
                double cosine = shared / Math.Sqrt(Math.Max(1, tx.Length) * (double)Math.Max(1, ty.Length));
                int local = SentenceTerms.Shared(x.LocalTerms(options.LocalWindow), y.LocalTerms(options.LocalWindow));
                // Venues are named in many sentences of a story (two courts, a stadium and its neighbour): both the
                // words around the names and the sentences must be alike.
                // Towns are named in nearly every sentence of a story, so two of them need the words right around
                // them alike too, or near-copies of one sentence; and spellings of one name are one town.
                if (town && (SpelledAlike(x.Value, y.Value) || (local < options.TownConflictMinLocal && cosine < options.TownConflictSureContext)))
                {
                    continue;
                }

                if (shared >= options.PlaceConflictMinShared && local >= options.LocalSureShared && cosine >= options.ConflictMinContext)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when either article writes one town inside the other ("Marrow, Eastshire"): a town and its region are one
    /// place, whichever of them a source names. The story's own text shows what contains what, with no gazetteer.
    /// </summary>
    private static bool Nested(Statement x, Statement y)
    {
        foreach (string text in new[] { x.Article.Article.Text, y.Article.Article.Text })
        {
            if (Writes(text, x.Value, y.Value) || Writes(text, y.Value, x.Value))
            {
                return true;
            }
        }

        return false;

        static bool Writes(string text, string inner, string outer)
        {
            for (int at = text.IndexOf(inner, StringComparison.Ordinal); at >= 0; at = text.IndexOf(inner, at + 1, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> rest = text.AsSpan(at + inner.Length).TrimStart(' ');
                if (rest.StartsWith(",") && rest[1..].TrimStart(' ').StartsWith(outer, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The venue a town statement is given for: the capitalised words right before its " in " ("the Eastvale High
    /// Court in Marrow" → "Eastvale High Court"), or null for a venue statement.
    /// </summary>
    private static string? VenueOf(Statement statement)
    {
        if (statement.Key is not PlaceKey { Of: { } of } || !of.EndsWith(" town", StringComparison.Ordinal))
        {
            return null;
        }

        string text = statement.Article.Article.Text;
        int from = Math.Max(0, statement.Start - 80);
        string before = text[from..Math.Clamp(statement.Start, from, text.Length)].TrimEnd();
        if (!before.EndsWith(" in", StringComparison.Ordinal))
        {
            return "";
        }

        string[] words = before[..^3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = words.Length;
        while (first > 0 && words[first - 1].Length > 0 && char.IsUpper(words[first - 1][0]) && words[first - 1] is not ("The" or "A"))
        {
            first--;
        }

        return string.Join(' ', words[first..]);
    }

    /// <summary>"Bern" / "Berne", "Philadelphia" / "Philly": names opening with the same letters are one name spelled two ways.</summary>
    private static bool SpelledAlike(string a, string b) =>
        a.Length >= SpellingPrefix && b.Length >= SpellingPrefix && a.AsSpan(0, SpellingPrefix).Equals(b.AsSpan(0, SpellingPrefix), StringComparison.OrdinalIgnoreCase);

    private const int SpellingPrefix = 4;

    /// <summary>True when every word of the shorter name is in the longer one, case and "the" aside.</summary>
    private static bool OnePlace(string a, string b)
    {
        static HashSet<string> Words(string name) => name.ToLowerInvariant()
            .Split([' ', '.', ',', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "s"))
            .ToHashSet(StringComparer.Ordinal);

        HashSet<string> x = Words(a);
        HashSet<string> y = Words(b);
        return x.Count <= y.Count ? x.IsSubsetOf(y) : y.IsSubsetOf(x);
    }
}
