using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>The brief of one scope — one event, or the whole story when <c>eventId</c> is null.</summary>
internal static class ScopeBrief
{
    public static Brief Build(StoryScope scope, string? eventId, int cap)
    {
        // A person named by several sources says nothing about the rest of the sentence naming them: people are shown
        // in the coverage matrix, not as brief sentences whose support they would inflate.
        List<Fact> facts = [.. scope.Facts.Where(f => (eventId is null || f.Event == eventId) && f.Kind != FactKind.Person)];
        var picker = new SentencePicker(scope, facts);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var standing = new SentenceStanding(scope);
        ImmutableArray<BriefSentence> agreed = BriefSection.Build(scope, picker, facts.Where(f => f.ReliableSources >= 2), cap, shown, standing.MayShowAsAgreed);
        ImmutableArray<BriefSentence> single = BriefSection.Build(scope, picker, facts.Where(f => f.ReliableSources == 1), cap, shown, standing.MayShowAsSingle);
        ImmutableArray<string> conflicts = [.. scope.Conflicts.Where(c => eventId is null || c.Event == eventId).Select(c => c.Id)];
        return new Brief(agreed, single, conflicts, FlaggedArticles.Of(scope, eventId));
    }
}
