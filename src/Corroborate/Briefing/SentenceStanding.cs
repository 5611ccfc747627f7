using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>
/// Which sentences a brief section may show. A sentence is "agreed" only when every fact it states is confirmed by two
/// or more reliable sources; no section shows a sentence of a flagged article or one holding a side of an open conflict
/// (the conflicts section shows those). Sentences are compared by their words, so a copy's
/// sentence stands as its original's does.
/// </summary>
internal sealed class SentenceStanding
{
    private readonly HashSet<string> _notAgreed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inConflict = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flagged = new(StringComparer.Ordinal);

    public SentenceStanding(StoryScope scope)
    {
        foreach (Fact fact in scope.Facts.Where(f => f.Kind != FactKind.Person && f.ReliableSources < 2))
        {
            foreach (Citation citation in fact.Sources)
            {
                _notAgreed.Add(SentenceKey.Of(citation.Sentence));
            }
        }

        foreach (Assessment assessment in scope.Assessments.Where(a => a.Unreliable))
        {
            _flagged.Add(assessment.Article);
        }

        // A conflict stays open while two of its sides have an unflagged article; when every other side rests on
        // flagged articles only, the remaining side is what the reliable sources say.
        foreach (Conflict conflict in scope.Conflicts)
        {
            int openSides = conflict.Claims.Where(c => !_flagged.Contains(c.Article)).Select(c => c.Side).Distinct().Count();
            if (openSides < 2)
            {
                continue;
            }

            foreach (Claim claim in conflict.Claims)
            {
                _inConflict.Add(SentenceKey.Of(claim.Source.Sentence));
            }
        }
    }

    public bool MayShowAsAgreed(Citation citation) => MayShowAsSingle(citation) && !_notAgreed.Contains(SentenceKey.Of(citation.Sentence));

    public bool MayShowAsSingle(Citation citation) => !_flagged.Contains(citation.Article) && !_inConflict.Contains(SentenceKey.Of(citation.Sentence));
}
