using System.Collections.Frozen;
using System.Collections.Immutable;
using Corroborate.Lexicons;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>
/// Finds keys of one event with incompatible values from different independent sources: two people in one
/// single-holder office, a "former" holder another source calls current, number ranges that do not overlap, two
/// days for one happening. Values that can both be true ("less than an hour" and "barely an hour") are not conflicts,
/// and a source that itself states both values is not on either side.
/// </summary>
internal sealed class ConflictFinder
{
    private readonly StoryContext _story;
    private readonly CorroborationOptions _options;
    // Lexicons/tally-nouns.txt, stemmed: counts of many owners in one story (a player's games, a team's wins).
    private static readonly FrozenSet<string> TallyNouns =
        Lexicon.Entries("tally-nouns.txt").Select(static w => Stemmer.Stem(w)).ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<Statement, CountAnchors> _anchors = new(ReferenceEqualityComparer.Instance);

    // The statements with a value of the key being compared, by source (set by RangeSides for its key).
    private Dictionary<string, List<Statement>> _ranged = new(StringComparer.Ordinal);

    public ConflictFinder(StoryContext story, CorroborationOptions options)
    {
        _story = story;
        _options = options;
    }

    public List<Conflict> Find(StoryEvent storyEvent, IEnumerable<IGrouping<FactKey, Statement>> byKey)
    {
        var conflicts = new List<Conflict>();
        foreach (IGrouping<FactKey, Statement> key in byKey)
        {
            Statement first = key.First();
            if (first.Kind == FactKind.Role && SomeSourceNamesTwoHolders(key))
            {
                // One source naming two current holders of one office means the role was read wrongly, not that
                // sources disagree.
                continue;
            }

            List<List<Statement>> sides = first.Kind switch
            {
                FactKind.Role => RoleSides(key.Key, key.ToList()),
                FactKind.Quantity => RangeSides(key.ToList(), _options.CountConflictMinShared, (key.Key as QuantityKey)?.Counted),
                FactKind.Duration => RangeSides(key.ToList(), _options.DurationConflictMinShared, null),
                FactKind.Date => RangeSides(key.ToList(), _options.DateConflictMinShared, null),
                FactKind.Place => PlaceSides.Of(key.ToList(), _options),
                _ => [],
            };

            if (sides.Count >= 2 && Build(storyEvent, key.Key, first.Kind, sides) is { } conflict)
            {
                conflicts.Add(conflict);
            }
        }

        return conflicts;
    }

    /// <summary>
    /// True when the source of <paramref name="statement"/> also states another, different value for the key in a
    /// sentence at least as close to the other side's sentence: the source counts several things under this key
    /// (two seasons' statistics, two sums of money) and it cannot be told which of them the other side's value is about.
    /// </summary>
    private bool Ambiguous(Statement statement, string[] otherSentence, int shared, List<Statement> all, string? except)
    {
        foreach (Statement sibling in all)
        {
            if (sibling == statement || sibling.Source != statement.Source || sibling.Range is not { } r || statement.Range is not { } own || r.Overlaps(own))
            {
                continue;
            }

            if (SentenceTerms.Shared(sibling.Article.Analyzed.SentenceTerms[sibling.Sentence], otherSentence, except) >= shared)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two counts are of one thing when the words around them share enough (a long rewritten sentence keeps them), or
    /// share some and the sentences are alike as well.
    /// </summary>
    private bool SameCount(Statement x, Statement y, string? except, double cosine)
    {
        int local = SentenceTerms.Shared(x.LocalTerms(_options.LocalWindow), y.LocalTerms(_options.LocalWindow), except);
        return local >= _options.LocalMinShared && (local >= _options.LocalSureShared || cosine >= _options.CountConflictMinContext);
    }

    /// <summary>
    /// Two names with one identical long surname, case aside ("Kurbanguly Berdymukhamedov" / "Gurbanguli
    /// Berdymukhamedov"), are taken as one person whose given name is transliterated two ways, not two holders: a false
    /// conflict costs more than a missed one between namesakes.
    /// </summary>
    private static bool MaySpellOnePerson(string a, string b)
    {
        string lastA = a.Split(' ')[^1];
        string lastB = b.Split(' ')[^1];
        return lastA.Length >= 6 && string.Equals(lastA, lastB, StringComparison.OrdinalIgnoreCase);
    }

    private bool SomeSourceStatesBoth(List<Statement> all, ValueRange x, ValueRange y) =>
        all.GroupBy(s => s.Source, StringComparer.Ordinal)
            .Any(source => source.Any(s => s.Range is { } r && States(r, x) && !States(r, y)) && source.Any(s => s.Range is { } r && States(r, y) && !States(r, x)));

    /// <summary>Whether a statement of range <paramref name="r"/> gives the value <paramref name="v"/> (<see cref="ValueCluster.States"/>).</summary>
    private bool States(ValueRange r, ValueRange v) => ValueCluster.States(r, v, _options.OpenRangeJoinMaxRatio);

    /// <summary>
    /// True when one source states both values of a thing anchored like these counts (this election's turnout and the
    /// last one's): a count on each side anchored on a word the pair shares, or standing in one sentence with such a count.
    /// </summary>
    private bool SomeSourceStatesBothOf(List<Statement> all, ValueRange x, ValueRange y, CountAnchors ax, CountAnchors ay)
    {
        bool Anchored(Statement s) => AnchorsOf(s).SharesAnchor(ax) || AnchorsOf(s).SharesAnchor(ay);
        foreach (IGrouping<string, Statement> source in all.GroupBy(s => s.Source, StringComparer.Ordinal))
        {
            // A sentence that gives an anchored count and another value ("wants a 14 percent raise while the port
            // offered 6 percent") weighs the two against each other, whatever anchors the other value.
            bool Counts(Statement s) => Anchored(s) || source.Any(o => o.Sentence == s.Sentence && ReferenceEquals(o.Article, s.Article) && !ReferenceEquals(o, s) && Anchored(o));
            if (source.Any(s => s.Range is { } r && States(r, x) && !States(r, y) && Counts(s)) && source.Any(s => s.Range is { } r && States(r, y) && !States(r, x) && Counts(s)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the statement's source states another, different value anchored like the other side's count.</summary>
    private bool AmbiguousAnchored(Statement statement, CountAnchors other, List<Statement> all) =>
        all.Any(sibling => !ReferenceEquals(sibling, statement) && sibling.Source == statement.Source && sibling.Range is { } r && statement.Range is { } own
            && !r.Overlaps(own) && !AnchorsOf(sibling).Background && AnchorsOf(sibling).SharesAnchor(other));

    private CountAnchors AnchorsOf(Statement statement)
    {
        if (!_anchors.TryGetValue(statement, out CountAnchors? anchors))
        {
            anchors = CountAnchors.Of(statement.Article, statement.Sentence, statement.Start, statement.End, _options.CountAnchorReach, _options.LocalWindow);
            _anchors[statement] = anchors;
        }

        return anchors;
    }

    private static bool SomeSourceNamesTwoHolders(IEnumerable<Statement> roles) =>
        roles.Where(s => !s.Negated)
            .GroupBy(s => s.Source, StringComparer.Ordinal)
            .Any(source => source.Select(s => s.Value).Distinct(StringComparer.Ordinal).Skip(1).Any());

    private List<List<Statement>> RoleSides(FactKey key, List<Statement> statements)
    {
        if (key is not RoleKey { Jurisdiction: not null } role || !UniqueTitles.IsUnique(role))
        {
            return [];
        }

        List<ValueCluster> holders = ValueCluster.Of(statements.Where(s => !s.Negated));

        // A lone name that is one of another holder's names ("Dirk" beside "Dirk Kempthorne") is that holder, shortened.
        // Its statements join that holder; a name two holders share ("Ada" beside "Ada Quist" and "Ada Berg") stays.
        foreach (ValueCluster lone in holders.Where(h => !h.Value.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            List<ValueCluster> full = holders.Where(other => other != lone && other.Value.Split(' ').Contains(lone.Value, StringComparer.OrdinalIgnoreCase)).ToList();
            if (full.Count == 1)
            {
                foreach (Statement statement in lone.Members)
                {
                    full[0].Add(statement);
                }

                holders.Remove(lone);
            }
        }
        var sides = new List<List<Statement>>();
        foreach (ValueCluster holder in holders)
        {
            // A holder is contested when another holder is named by a source that does not name this one.
            var sources = holder.Sources.ToHashSet(StringComparer.Ordinal);
            // Two holders each named by several independent sources held the office one after the other (an event
            // that spans a change of government), as two counts so stated are two things.
            if (holders.Any(other => other != holder && !MaySpellOnePerson(other.Value, holder.Value) && other.Sources.Any(s => !sources.Contains(s))
                    && Math.Min(other.SourceCount, holder.SourceCount) < _options.RoleInTurnMinSources) && !sides.Contains(holder.Members))
            {
                sides.Add(holder.Members);
            }
        }

        // "Former X" said of someone another source names as the current holder.
        foreach (Statement former in statements.Where(s => s.Negated))
        {
            ValueCluster? named = holders.FirstOrDefault(h => string.Equals(h.Value, former.Value, StringComparison.Ordinal) && h.Sources.Any(s => s != former.Source));
            if (named is not null)
            {
                sides.Add([former]);
                if (!sides.Contains(named.Members))
                {
                    sides.Add(named.Members);
                }
            }
        }

        return sides.Count >= 2 ? sides : [];
    }

    private List<List<Statement>> RangeSides(List<Statement> statements, int minShared, string? except)
    {
        List<ValueCluster> clusters = ValueCluster.Of(statements, _options.OpenRangeJoinMaxRatio);
        if (clusters.Count < 2)
        {
            return [];
        }

        _ranged = statements.Where(static s => s.Range is not null).GroupBy(static s => s.Source, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.ToList(), StringComparer.Ordinal);

        var inConflict = new HashSet<ValueCluster>();
        for (int i = 0; i < clusters.Count; i++)
        {
            for (int j = i + 1; j < clusters.Count; j++)
            {
                if (Disagree(clusters[i], clusters[j], statements, minShared, except))
                {
                    inConflict.Add(clusters[i]);
                    inConflict.Add(clusters[j]);
                }
            }
        }

        return clusters.Where(inConflict.Contains).Select(c => c.Members).ToList();
    }

    private bool Disagree(ValueCluster a, ValueCluster b, List<Statement> all, int minShared, string? except)
    {
        // Two values each stated by several independent sources are two well-established things (two incidents the
        // event holds, two different counts), not sources disagreeing on one.
        if (Math.Min(a.SourceCount, b.SourceCount) >= _options.TwoThingsFromSources)
        {
            return false;
        }

        foreach (Statement x in a.Members)
        {
            foreach (Statement y in b.Members)
            {
                if (x.Source == y.Source || x.Range is not { } rx || y.Range is not { } ry || rx.Overlaps(ry))
                {
                    continue;
                }

                if (x.Kind == FactKind.Quantity && SoleCounts(x, y, all))
                {
                    return true;
                }

                if (x.Kind == FactKind.Quantity && AnchorsOf(x) is var ax && AnchorsOf(y) is var ay && ax.SharesAnchor(ay) && !ax.RivalNames(ay) && !ax.Background && !ay.Background)
                {
                    // Counts said of one word ("Turnout was 73.8%" / "turnout of 74.38%") are one thing: they disagree
                    // unless a source states both of them of that word, or either source counts two such things.
                    if (!SomeSourceStatesBothOf(all, rx, ry, ax, ay) && !AmbiguousAnchored(x, ay, all) && !AmbiguousAnchored(y, ax, all))
                    {
                        return true;
                    }

                    continue;
                }

                // A source that states both values is not disagreeing, and shows they can both be true: the key
                // counts two things here, whichever sources give them.
                if (SomeSourceStatesBoth(all, rx, ry))
                {
                    return false;
                }

                string[] tx = x.Article.Analyzed.SentenceTerms[x.Sentence];
                string[] ty = y.Article.Analyzed.SentenceTerms[y.Sentence];
                int shared = SentenceTerms.Shared(tx, ty, except);
                // The two values must be about the same thing. A count is tied to what it belongs to by the words
                // around it ("turnout of 74.38%" is not "PiS took 35.38%"), so counts need shared local context on top
                // of a few shared sentence terms; other kinds need sentences alike in proportion to their length.
                double cosine = shared / Math.Sqrt(Math.Max(1, tx.Length) * (double)Math.Max(1, ty.Length));
                double minContext = x.Key is HappeningDateKey { Happening: not null } ? _options.NamedHappeningMinContext : _options.ConflictMinContext;
                // A short sentence has few terms to share ("The report makes 27 recommendations"): it needs at most half
                // of its own terms besides the counted noun in common, and its likeness is measured without that noun.
                // Longer sentences keep the full bar: sports pages hold many counts of one noun in long sentences.
                int needed = minShared;
                if (x.Kind == FactKind.Quantity && Math.Min(Without(tx, except), Without(ty, except)) is int shorter && shorter <= _options.ShortCountSentenceTerms)
                {
                    needed = Math.Min(minShared, Math.Max(1, (shorter + 1) / 2));
                    cosine = shared / Math.Sqrt(Math.Max(1, Without(tx, except)) * (double)Math.Max(1, Without(ty, except)));
                }

                bool sameThing = shared >= needed && (x.Kind == FactKind.Quantity
                    ? SameCount(x, y, except, cosine)
                    : cosine >= minContext);
                // Counts near different names in their clauses are different owners' counts, however alike the sentences.
                if (sameThing && x.Kind == FactKind.Quantity && AnchorsOf(x).RivalNames(AnchorsOf(y)))
                {
                    continue;
                }

                if (sameThing && !Ambiguous(x, ty, shared, all, except) && !Ambiguous(y, tx, shared, all, except))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Two counts of one key in one event disagree, however differently their sentences are worded (rewrites share few
    /// words), when they are their sources' matching values (<see cref="PairedValues"/>): an article that counts the
    /// witnesses once, as 17, and another that counts them once, as 21, tell one count two ways. Evidence that they
    /// count two things keeps them apart: a tally noun (a player's games), a source stating both values, small counts
    /// ("two banks" / "three banks" are often two groups), values far apart (<see cref="CorroborationOptions.SoleCountMaxRatio"/>),
    /// counts told of another time, near different owners' names, or anchored on different happenings ("14 killed" /
    /// "40 injured").
    /// </summary>
    private bool SoleCounts(Statement x, Statement y, List<Statement> all)
    {
        if (x.Key is QuantityKey { Counted: var counted } && TallyNouns.Contains(counted.Split(' ')[^1]))
        {
            return false;
        }

        // Paired counts are two outlets' reports of one happening: two undated pages (product pages, guides) are not news
        // of one, and one outlet's two articles that differ are about two things or one corrected.
        if ((x.Article.Article.Published is null && y.Article.Article.Published is null)
            || (x.Article.Article.Outlet is { } outlet && string.Equals(outlet, y.Article.Article.Outlet, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (!PairedValues(x, y, all) || x.Range is not { } rx || y.Range is not { } ry || SomeSourceStatesBoth(all, rx, ry))
        {
            return false;
        }

        double small = Math.Min(Math.Abs(rx.Low), Math.Abs(ry.Low)), large = Math.Max(Math.Abs(rx.Low), Math.Abs(ry.Low));
        if (small < _options.SoleCountMinValue || large > small * _options.SoleCountMaxRatio)
        {
            return false;
        }

        CountAnchors ax = AnchorsOf(x), ay = AnchorsOf(y);
        return !ax.Background && !ay.Background && !ax.RivalNames(ay) && !ax.DifferentHappenings(ay);
    }

    /// <summary>
    /// True when <paramref name="x"/> and <paramref name="y"/> are the two sources' matching values for the key: each
    /// source gives at most <see cref="CorroborationOptions.SoleCountMaxValues"/> distinct values (a main count and maybe
    /// an aftershock's), the two share none, and each is the other's nearest value in proportion.
    /// </summary>
    private bool PairedValues(Statement x, Statement y, List<Statement> all)
    {
        List<Statement> ofX = _ranged[x.Source], ofY = _ranged[y.Source];
        if (MoreValuesThan(ofX, _options.SoleCountMaxValues) || MoreValuesThan(ofY, _options.SoleCountMaxValues)
            || ofX.Any(a => ofY.Any(b => a.Range!.Value.Overlaps(b.Range!.Value))))
        {
            return false;
        }

        static bool Nearest(Statement own, Statement other, List<Statement> candidates) =>
            candidates.All(c => Distance(c.Range!.Value, other.Range!.Value) >= Distance(own.Range!.Value, other.Range!.Value));
        return Nearest(x, y, ofX) && Nearest(y, x, ofY);
    }

    /// <summary>Whether the statements give more than <paramref name="most"/> values that do not overlap one another.</summary>
    private static bool MoreValuesThan(List<Statement> statements, int most)
    {
        var distinct = new List<ValueRange>();
        foreach (Statement s in statements)
        {
            if (!distinct.Any(d => d.Overlaps(s.Range!.Value)))
            {
                distinct.Add(s.Range!.Value);
                if (distinct.Count > most)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How far apart two values are, as the log of their ratio (counts differ by proportion).</summary>
    private static double Distance(ValueRange a, ValueRange b) =>
        Math.Abs(Math.Log(Math.Max(Math.Abs(a.Low), 1e-9)) - Math.Log(Math.Max(Math.Abs(b.Low), 1e-9)));

    private static int Without(string[] terms, string? except) =>
        except is not null && Array.BinarySearch(terms, except, StringComparer.Ordinal) >= 0 ? terms.Length - 1 : terms.Length;

    private Conflict? Build(StoryEvent storyEvent, FactKey key, FactKind kind, List<List<Statement>> sides)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var parts = new List<string>();
        foreach (List<Statement> side in sides)
        {
            int sources = side.Select(s => s.Source).Distinct(StringComparer.Ordinal).Count();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var names = new List<string>();
            foreach (Statement statement in side.OrderBy(s => _story.Order.GetValueOrDefault(s.ArticleId)).ThenBy(s => s.Sentence))
            {
                if (!seen.Add(statement.ArticleId) || statement.Cite() is not { } citation)
                {
                    continue;
                }

                string value = statement.Negated ? "former " + statement.Value : statement.Value;
                claims.Add(new Claim(statement.ArticleId, statement.Article.Article.Outlet, statement.Phrase, value, citation, sources, parts.Count));
                names.Add(statement.Article.Article.Outlet ?? statement.ArticleId);
            }

            if (names.Count > 0)
            {
                Statement lead = side[0];
                string shown = kind == FactKind.Role ? (lead.Negated ? "former: " + lead.Value : lead.Value) : lead.Phrase.Trim();
                parts.Add($"{shown} ({string.Join(", ", names)})");
            }
        }

        if (parts.Count < 2)
        {
            return null;
        }

        ConflictKind conflictKind = kind switch
        {
            FactKind.Role => ConflictKind.Role,
            FactKind.Date => ConflictKind.Date,
            FactKind.Place => ConflictKind.Place,
            _ => ConflictKind.Number,
        };
        return new Conflict("C" + ContentId.Of(storyEvent.Id, key.Text), _story.Story.Id, storyEvent.Id, conflictKind, key,
            $"{key.Words}: {string.Join(" vs ", parts)}", claims.ToImmutable(), null);
    }
}
