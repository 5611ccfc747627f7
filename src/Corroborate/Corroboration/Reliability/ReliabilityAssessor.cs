using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// Scores how far an article can be trusted, starting from 1 and moved by listed reasons: office-holder mismatches,
/// siding against the corroborated majority, a reference list citing outlets with no report in the corpus, stock
/// machine-written phrasing, no outlet, no date. Weights are set so one weak signal never sinks a genuine report.
/// </summary>
internal sealed class ReliabilityAssessor(ReliabilityOptions options)
{
    public Assessment Assess(
        ArticleReport article,
        IReadOnlyList<OfficeCheck> checks,
        IReadOnlyList<Conflict> conflicts,
        IReadOnlySet<string> corpusOutlets)
    {
        var reasons = new List<AssessmentReason>();
        var differences = ImmutableArray.CreateBuilder<Difference>();
        string id = article.Article.Id;

        double officeTotal = 0;
        foreach (OfficeCheck check in checks.Where(c => c.Article == id && c.Verdict == OfficeVerdict.Mismatch))
        {
            double effect = Math.Max(options.OfficeMismatch, options.OfficeMismatchCap - officeTotal);
            officeTotal += effect;
            string text = check.Former
                ? $"calls {check.Claimed} a former {check.Office}, but on {Day(check.Date)} {check.Expected} held that office"
                : $"names {check.Claimed} as {check.Office}; on {Day(check.Date)} the office was held by {check.Expected}";
            reasons.Add(new AssessmentReason("office-mismatch", text, effect));
            differences.Add(new Difference(new OfficeKey(check.Office), check.Former ? "former " + check.Claimed : check.Claimed, check.Expected + " (office record)", check.Source));
        }

        double majorityTotal = 0;
        foreach (Conflict conflict in conflicts)
        {
            Claim? own = conflict.Claims.FirstOrDefault(c => c.Article == id);
            if (own is null)
            {
                continue;
            }

            var otherClaims = conflict.Claims.Where(c => c.Article != id && c.Value != own.Value).ToList();
            Claim? strongest = otherClaims.OrderByDescending(c => c.IndependentSources).FirstOrDefault();
            if (strongest is null)
            {
                continue;
            }

            // One difference per stated thing: the office record's entry already says it for role mismatches.
            if (!differences.Any(d => d.States == own.Value && d.Source == own.Source))
            {
                differences.Add(new Difference(conflict.Key, own.Value, string.Join(", ", otherClaims.Select(c => c.Value).Distinct(StringComparer.Ordinal)), own.Source));
            }

            if (strongest.IndependentSources > own.IndependentSources)
            {
                double effect = Math.Max(options.AgainstMajority, options.AgainstMajorityCap - majorityTotal);
                majorityTotal += effect;
                reasons.Add(new AssessmentReason("contradicts-majority",
                    $"says {own.Value} where {strongest.IndependentSources} independent sources say {strongest.Value}", effect));
            }
            else if (strongest.IndependentSources == own.IndependentSources && !RecordAgrees(checks, id, own.Value) && !RecordDisagrees(checks, id, own.Value))
            {
                reasons.Add(new AssessmentReason("disputed", $"says {own.Value}; as many sources say {strongest.Value}", options.Disputed));
            }
        }

        ImmutableArray<string> cited = article.Analyzed.Mentions.ReferencedOutlets;
        var unknown = cited.Where(o => !OutletNames.Known(o, corpusOutlets)).ToList();
        if (cited.Length >= options.MinReferences && unknown.Count >= options.UnknownReferencesShare * cited.Length)
        {
            reasons.Add(new AssessmentReason("unverifiable-references",
                $"its reference list cites {cited.Length} outlets, {unknown.Count} with no report in the corpus ({string.Join(", ", unknown.Take(4))})", options.UnverifiableReferences));
        }

        ImmutableArray<string> filler = article.Analyzed.Mentions.FillerPhrases;
        if (filler.Length >= options.FillerSomeFrom)
        {
            reasons.Add(new AssessmentReason("generic-filler",
                $"stock phrasing typical of machine-written text: \"{string.Join("\", \"", filler.Take(4))}\"", filler.Length >= options.FillerManyFrom ? options.FillerMany : options.FillerSome));
        }

        if (article.Article.Outlet is null)
        {
            reasons.Add(new AssessmentReason("no-outlet", "no outlet could be identified", options.NoOutlet));
        }

        if (article.Article.Published is null)
        {
            reasons.Add(new AssessmentReason("no-date", "no publication date", options.NoDate));
        }

        double score = Math.Clamp(1 + reasons.Sum(r => r.Effect), 0, 1);
        return new Assessment(id, Math.Round(score, 3), [.. reasons], differences.ToImmutable());
    }

    /// <summary>A tie is no mark against an article whose side the office record confirms.</summary>
    private static bool RecordAgrees(IReadOnlyList<OfficeCheck> checks, string article, string value) =>
        checks.Any(c => c.Article == article && c.Verdict == OfficeVerdict.Matches && !c.Former && Corroborate.Mentions.PersonNames.SameAs(c.Claimed, value));

    /// <summary>An office-record mismatch already counts against the article; the tie it sits in is not counted again.</summary>
    private static bool RecordDisagrees(IReadOnlyList<OfficeCheck> checks, string article, string value) =>
        checks.Any(c => c.Article == article && c.Verdict == OfficeVerdict.Mismatch && Corroborate.Mentions.PersonNames.SameAs(c.Claimed, value));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
