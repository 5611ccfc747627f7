using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Tests.TestSupport;

/// <summary>
/// Scores the corroboration part of a result the way ../shared/eval/score.py does: a gold conflict is found when one
/// reported conflict's summary and claims hold both phrases; a corroborated fact when a fact's text or cited sentences
/// hold one of its phrases with enough independent sources; unreliable documents by their matched articles.
/// </summary>
internal sealed record CorroborationScore(
    IReadOnlyList<GoldConflict> MissedConflicts,
    int ConflictsReported,
    int ConflictsMatched,
    IReadOnlyList<GoldCorroborated> MissedFacts,
    IReadOnlySet<string> Flagged,
    IReadOnlySet<string> ExpectedUnreliable)
{
    public static CorroborationScore Of(GoldReading gold, GoldFindings findings, AnalysisResult result)
    {
        GoldScore score = GoldScore.Of(gold, result);
        ImmutableConflicts conflicts = new(result.Conflicts);
        var missedConflicts = new List<GoldConflict>();
        var matched = new HashSet<int>();
        foreach (GoldConflict expected in findings.Conflicts)
        {
            string a = GoldScore.Norm(expected.PhraseA);
            string b = GoldScore.Norm(expected.PhraseB);
            int found = conflicts.Texts.FindIndex(t => t.Contains(a, StringComparison.Ordinal) && t.Contains(b, StringComparison.Ordinal));
            if (found < 0)
            {
                missedConflicts.Add(expected);
            }
            else
            {
                matched.Add(found);
            }
        }

        var missedFacts = findings.Corroborated.Where(expected =>
        {
            string[] phrases = expected.Phrases.Select(GoldScore.Squash).ToArray();
            return !result.Facts.Any(f =>
            {
                string blob = GoldScore.Squash(f.Text) + "|" + string.Join("|", f.Sources.Select(s => GoldScore.Squash(s.Sentence)));
                return phrases.Any(p => blob.Contains(p, StringComparison.Ordinal)) && f.IndependentSources >= expected.IndependentSources;
            });
        }).ToList();

        var assessments = result.Assessments.ToDictionary(a => a.Article, StringComparer.Ordinal);
        var flagged = score.Match
            .Where(m => assessments.TryGetValue(m.Value.Article.Id, out Assessment? a) && a.Unreliable)
            .Select(m => gold.Articles[m.Key].Doc)
            .ToHashSet(StringComparer.Ordinal);
        return new CorroborationScore(missedConflicts, conflicts.Texts.Count, matched.Count, missedFacts, flagged, findings.Unreliable);
    }

    public double ConflictPrecision => ConflictsReported == 0 ? 1 : (double)ConflictsMatched / ConflictsReported;

    public override string ToString() =>
        $"missed conflicts: [{string.Join("; ", MissedConflicts.Select(c => $"{c.PhraseA} vs {c.PhraseB}"))}], " +
        $"conflicts matched {ConflictsMatched}/{ConflictsReported}, " +
        $"missed facts: [{string.Join("; ", MissedFacts.Select(f => string.Join(" / ", f.Phrases)))}], " +
        $"flagged: [{string.Join(", ", Flagged.Order(StringComparer.Ordinal))}], expected unreliable: [{string.Join(", ", ExpectedUnreliable.Order(StringComparer.Ordinal))}]";

    private sealed class ImmutableConflicts(IEnumerable<Conflict> conflicts)
    {
        public List<string> Texts { get; } = conflicts
            .Select(c => string.Join(" || ", new[] { GoldScore.Norm(c.Summary) }.Concat(c.Claims.Select(cl => GoldScore.Norm(cl.Text)))))
            .ToList();
    }
}
