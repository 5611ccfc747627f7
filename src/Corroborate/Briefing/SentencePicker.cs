using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>
/// Chooses the one source sentence that shows a fact in a brief. Prefers a sentence that carries more of the scope's
/// facts (one quote then says more), then the lead article of its source group (the most complete copy), then the
/// earliest article in story order, then the earliest sentence.
/// </summary>
internal sealed class SentencePicker
{
    private readonly StoryScope _scope;
    private readonly Dictionary<(string Article, int Start, int End), int> _carried = [];

    public SentencePicker(StoryScope scope, IEnumerable<Fact> scopeFacts)
    {
        _scope = scope;
        foreach (Fact fact in scopeFacts)
        {
            foreach (var key in fact.Sources.Select(Key).Distinct())
            {
                _carried[key] = _carried.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>The best citation of the fact that <paramref name="mayShow"/> allows, or null when it has none.</summary>
    public Citation? Pick(Fact fact, Func<Citation, bool> mayShow)
    {
        Citation? best = null;
        foreach (Citation candidate in fact.Sources.Where(mayShow))
        {
            if (best is null || Compare(candidate, best) < 0)
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Negative when <paramref name="a"/> is the better sentence to show.</summary>
    public int Compare(Citation a, Citation b)
    {
        int order = _carried.GetValueOrDefault(Key(b)).CompareTo(_carried.GetValueOrDefault(Key(a)));
        if (order == 0)
        {
            order = _scope.IsGroupLead(b.Article).CompareTo(_scope.IsGroupLead(a.Article));
        }

        if (order == 0)
        {
            order = _scope.PositionOf(a.Article).CompareTo(_scope.PositionOf(b.Article));
        }

        if (order == 0)
        {
            order = a.Start.CompareTo(b.Start);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Article, b.Article);
    }

    private static (string, int, int) Key(Citation citation) => (citation.Article, citation.Start, citation.End);
}
