using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// Weighs the findings about one article as evidence (see <see cref="ReliabilityOptions"/>): office-record mismatches,
/// siding against more independent sources, misattributed and unmatched quotations, a reference list of outlets that
/// never reported, an appended bullet summary, stock phrasing, missing outlet and date. Each finding is listed once,
/// with the sentence it rests on; the score is the logistic of the prior log-odds less the findings' weights.
/// </summary>
internal sealed class ReliabilityAssessor(ReliabilityOptions options)
{
    public Assessment Assess(
        ArticleReport article,
        IReadOnlyList<OfficeCheck> checks,
        IReadOnlyList<Conflict> conflicts,
        IReadOnlySet<string> corpusOutlets,
        StoryQuotes quotes,
        StorySides sides,
        ArticleSigns signs)
    {
        var findings = new Findings(options);
        var differences = ImmutableArray.CreateBuilder<Difference>();
        string id = article.Article.Id;

        foreach (OfficeCheck check in checks.Where(c => c.Article == id && c.Verdict == OfficeVerdict.Mismatch))
        {
            (string code, string text) = check.Finding switch
            {
                OfficeFinding.StaleHolder when check.TermEnded is { } ended =>
                    ("stale-holder", $"names {check.Claimed} as {check.Office}, but {check.Claimed}'s term ended on {Day(ended)} and on {Day(check.Date)} the office was held by {check.Expected}"),
                OfficeFinding.FormerIsCurrent =>
                    ("former-current-holder", $"calls {check.Claimed} a former {check.Office}, but {check.Claimed} held that office on {Day(check.Date)}"),
                _ when check.Former =>
                    ("office-mismatch", $"calls {check.Claimed} a former {check.Office}, but {check.Claimed} had not held that office by {Day(check.Date)}"),
                _ => ("office-mismatch", $"names {check.Claimed} as {check.Office}, but on {Day(check.Date)} the office was held by {check.Expected}"),
            };
            findings.Add(code, text, EvidenceStrength.Strong, check.Source);
            differences.Add(new Difference(new OfficeKey(check.Office), check.Former ? "former " + check.Claimed : check.Claimed, check.Expected + " (office record)", check.Source));
        }

        foreach (Conflict conflict in conflicts)
        {
            AddConflict(findings, differences, checks, id, conflict, sides, options.SameHappeningDays);
        }

        foreach (QuoteFinding quote in quotes.Of(article))
        {
            if (quote.Standing == QuoteStanding.Misattributed)
            {
                findings.Add("misattributed-quote", $"gives {quote.Speaker} words that more independent sources quote from {quote.OtherSpeaker}", EvidenceStrength.Strong, quote.Evidence);
            }
            else if (!findings.Has("unmatched-quote"))
            {
                // One is enough to say it: several unmatched quotes of one long report are one sign, not several.
                findings.Add("unmatched-quote", $"quotes {quote.Speaker} in words no other source reports, where other sources agree on what {quote.Speaker} said", EvidenceStrength.Weak, quote.Evidence);
            }
        }

        ImmutableArray<string> cited = article.Analyzed.Mentions.ReferencedOutlets;
        var unknown = cited.Where(o => !OutletNames.Known(o, corpusOutlets)).ToList();
        if (cited.Length >= options.MinReferences && unknown.Count >= options.UnknownReferencesShare * cited.Length)
        {
            findings.Add("unverifiable-references",
                $"cites {cited.Length} outlets in a reference list, {unknown.Count} of which have no report in the corpus ({string.Join(", ", unknown.Take(4))})", EvidenceStrength.Strong, null);
        }

        if (signs.CalendarSlips.Count > 0)
        {
            // Several days whose weekdays fit another calendar are checkable evidence of a recycled text; one is a typo.
            bool several = signs.CalendarSlips.Count >= options.CalendarSlipsToStrong;
            findings.Add(several ? "written-for-another-date" : "weekday-slip",
                $"writes {string.Join("; ", signs.CalendarSlips.Take(3))}", several ? EvidenceStrength.Strong : EvidenceStrength.Weak, null);
        }

        if (signs.HypeWords.Count > 0)
        {
            findings.Add("sensational-wording", $"uses sensational wording far more than the story's other reports (“{string.Join("”, “", signs.HypeWords.Take(5))}”)", EvidenceStrength.Weak, null);
        }

        if (HasAppendedSummary(article.Article))
        {
            findings.Add("appended-summary", "ends with an appended bullet-point summary of itself", EvidenceStrength.Weak, null);
        }

        if (QuestionAnswerBlock.Find(article.Article.Text) is string faq)
        {
            findings.Add("question-answer-block", $"carries a question-and-answer block (“{Clip(faq)}”), the shape search-engine content farms append", EvidenceStrength.Weak, null);
        }

        ImmutableArray<string> filler = article.Analyzed.Mentions.FillerPhrases;
        if (filler.Length >= options.FillerFrom)
        {
            findings.Add("generic-filler", $"uses stock phrasing typical of machine-written text (“{string.Join("”, “", filler.Take(4))}”)", EvidenceStrength.Weak, null);
        }

        if (article.Article.Outlet is null)
        {
            findings.Add("no-outlet", "names no outlet", EvidenceStrength.Context, null);
        }

        if (article.Article.Published is null)
        {
            findings.Add("no-date", "carries no publication date", EvidenceStrength.Context, null);
        }

        double logOdds = options.PriorLogOdds + findings.Reasons.Sum(r => r.Effect);

        // Disagreements with the majority alone never flag: real news merges near-identical incidents into one event
        // (two pirate attacks, two earthquakes), and a sound report then "contradicts" a dozen others on every count.
        // Another kind of finding (the office record, a quote, the references, the article's own shape) must join them,
        // unless publication dates tie the article to the sources it contradicts, several times over: then it reports
        // the same happening as they do (a recycled old report under a new date does this), not a look-alike incident.
        if (findings.DatedContradictions < options.DatedContradictionsToFlag && findings.Reasons.All(r => r.Code is "contradicts-majority" or "disputed" || r.Strength == EvidenceStrength.Context))
        {
            logOdds = Math.Max(logOdds, options.MajorityOnlyFloor);
        }

        double score = 1 / (1 + Math.Exp(-logOdds));
        return new Assessment(id, Math.Round(score, 3), [.. findings.Reasons], differences.ToImmutable());
    }

    private static void AddConflict(Findings findings, ImmutableArray<Difference>.Builder differences, IReadOnlyList<OfficeCheck> checks, string id, Conflict conflict, StorySides sides, int sameHappeningDays)
    {
        Claim? own = conflict.Claims.FirstOrDefault(c => c.Article == id);
        if (own is null)
        {
            return;
        }

        var otherClaims = conflict.Claims.Where(c => c.Article != id && c.Side != own.Side).ToList();
        if (otherClaims.Count == 0)
        {
            return;
        }

        // One difference per stated thing: the office record's entry already says it for role mismatches.
        if (!differences.Any(d => d.States == own.Value && d.Source == own.Source))
        {
            differences.Add(new Difference(conflict.Key, own.Value, string.Join(", ", otherClaims.Select(c => c.Value).Distinct(StringComparer.Ordinal)), own.Source));
        }

        if (RecordDisagrees(checks, id, own.Value))
        {
            // The office record already counts against this value; the conflict it sits in is the same finding.
            return;
        }

        // Majorities are counted in independent sources none of whose articles is flagged: a flagged rewrite that
        // repeats a wire's number does not make the wire a majority.
        int ownCount = sides.Count(conflict, own.Side, id);
        var (strongest, count) = otherClaims
            .Select(c => c.Side).Distinct()
            .Select(side => (Claim: otherClaims.First(c => c.Side == side), Count: sides.Count(conflict, side, null)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Claim.Side)
            .First();
        string what = conflict.Key.Words;
        if (count > ownCount)
        {
            findings.Add("contradicts-majority",
                $"gives {what} as {Shown(conflict, own)}, where {Sources(count)} give {Shown(conflict, strongest)}", EvidenceStrength.Strong, own.Source);
            if (sides.DatedAlike(conflict, strongest.Side, id, sameHappeningDays))
            {
                findings.DatedContradictions++;
            }
        }
        else if (count == ownCount && count > 0 && !RecordAgrees(checks, id, own.Value))
        {
            findings.Add("disputed", $"gives {what} as {Shown(conflict, own)}, where as many independent sources give {Shown(conflict, strongest)}", EvidenceStrength.Weak, own.Source);
        }
    }

    /// <summary>A claim's value in words: the person for roles, the phrase as written for numbers, dates and places.</summary>
    private static string Shown(Conflict conflict, Claim claim) => conflict.Kind != ConflictKind.Role
        ? $"“{claim.Text.Trim()}”"
        : claim.Value.StartsWith("former ", StringComparison.Ordinal) ? $"a former holder, {claim.Value["former ".Length..]}" : claim.Value;

    private static string Sources(int count) => count == 1 ? "one independent source" : $"{count} independent sources";

    /// <summary>A bullet summary removed after the body's last kept character: the shape content farms append.</summary>
    private static bool HasAppendedSummary(Article article)
    {
        if (article.Text.Length == 0)
        {
            return false;
        }

        int bodyEnd = article.Map.ToSource(article.Text.Length - 1);
        return article.Removed.Any(r => r.Kind == RemovedKind.Summary && r.Start > bodyEnd && r.End <= article.End);
    }

    /// <summary>A tie is no mark against an article whose side the office record confirms.</summary>
    private static bool RecordAgrees(IReadOnlyList<OfficeCheck> checks, string article, string value) =>
        checks.Any(c => c.Article == article && c.Verdict == OfficeVerdict.Matches && !c.Former && PersonNames.SameAs(c.Claimed, value));

    private static bool RecordDisagrees(IReadOnlyList<OfficeCheck> checks, string article, string value) =>
        checks.Any(c => c.Article == article && c.Verdict == OfficeVerdict.Mismatch && PersonNames.SameAs(c.Claimed, value.StartsWith("former ", StringComparison.Ordinal) ? value[7..] : value));

    private static string Clip(string line) => line.Length <= 60 ? line : line[..57] + "…";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The article's findings, each once.</summary>
    private sealed class Findings(ReliabilityOptions options)
    {
        private readonly HashSet<(string, string)> _seen = [];

        public List<AssessmentReason> Reasons { get; } = [];

        /// <summary>Majority contradictions from sources published within a few days of the article (one happening).</summary>
        public int DatedContradictions { get; set; }

        public bool Has(string code) => Reasons.Any(r => r.Code == code);

        public void Add(string code, string text, EvidenceStrength strength, Citation? evidence)
        {
            if (_seen.Add((code, text)))
            {
                Reasons.Add(new AssessmentReason(code, text, -options.WeightOf(strength), strength, evidence));
            }
        }
    }
}
