using System.Collections.Concurrent;
using System.Collections.Frozen;
using Corroborate.Corroboration;
using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration.Offices;

/// <summary>
/// Checks role mentions against the curated office-holder record on the article's date (or its event's, or the
/// story's nearest dated event when the article has none). A mismatch is a finding even when no source contradicts it.
/// </summary>
internal sealed class OfficeChecker
{
    private readonly OfficeRegistry _registry;

    // Surnames (last skeleton word) of every recorded holder and alias: most names in news held no recorded office,
    // and this answers them without scanning the record.
    private readonly FrozenSet<string> _surnames;
    private readonly ConcurrentDictionary<string, IReadOnlyList<Office>> _heldBy = new(StringComparer.Ordinal);

    public OfficeChecker(OfficeRegistry registry)
    {
        _registry = registry;
        _surnames = registry.Offices
            .SelectMany(o => o.Terms)
            .SelectMany(t => t.Aliases.Prepend(t.Holder))
            .Select(name => PersonNameMatcher.Skeleton(name))
            .Where(tokens => tokens.Count > 0)
            .Select(tokens => tokens[^1])
            .ToFrozenSet(StringComparer.Ordinal);
    }

    private bool MayHoldAnOffice(string person)
    {
        IReadOnlyList<string> tokens = PersonNameMatcher.Skeleton(person);
        return tokens.Count > 0 && _surnames.Contains(tokens[^1]);
    }

    /// <summary>The jurisdiction of a role mention that names none ("President Donald Trump"): the one office of that title the person ever held.</summary>
    public string? JurisdictionOf(RoleMention role)
    {
        if (role.Jurisdiction is not null)
        {
            return role.Jurisdiction;
        }

        if (!MayHoldAnOffice(role.Holder))
        {
            return null;
        }

        var held = _heldBy.GetOrAdd(role.Holder, _registry.OfficesHeldBy)
            .Where(o => o.Titles.Contains(role.Title, StringComparer.Ordinal))
            .Select(o => o.Jurisdiction)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return held.Count == 1 ? held[0] : null;
    }

    public IEnumerable<OfficeCheck> Check(StoryContext story, ArticleReport article, Func<RoleMention, RoleKey> keyOf)
    {
        var (date, _) = story.ReferenceDate(article);
        if (date is not DateOnly day)
        {
            yield break;
        }

        string eventId = story.EventOf.TryGetValue(article.Article.Id, out StoryEvent? storyEvent) ? storyEvent.Id : "";
        var seen = new HashSet<(string, string, bool)>();
        foreach (RoleMention role in article.Analyzed.Mentions.Roles)
        {
            RoleKey key = keyOf(role);
            if (key.Jurisdiction is not { } jurisdiction || !_registry.TryFind(jurisdiction, key.Title, out Office office))
            {
                continue;
            }

            // "In 2016, Prime Minister X called the vote": a sentence set in another year speaks of that year's holder,
            // which the article's own date cannot check.
            if (MentionsAnotherYear(article, role.Sentence, day.Year))
            {
                continue;
            }

            OfficeCheckResult result = _registry.Check(office, role.Holder, role.Former, day);
            if (result.Status == OfficeCheckStatus.Unknown || !seen.Add((office.Id, role.Holder, role.Former)))
            {
                continue;
            }

            if (article.Analyzed.Cite(role.Sentence) is not { } citation)
            {
                continue;
            }

            yield return new OfficeCheck(article.Article.Id, eventId, office.Name, role.Holder, role.Former, day,
                result.ExpectedHolders, result.Status == OfficeCheckStatus.Matches ? OfficeVerdict.Matches : OfficeVerdict.Mismatch, citation)
            { Finding = result.Finding, TermEnded = result.TermEnded };
        }
    }

    private static bool MentionsAnotherYear(ArticleReport article, int sentence, int year)
    {
        ReadOnlySpan<char> text = article.Analyzed.Sentences[sentence].Of(article.Article.Text);
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            bool starts = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            bool ends = i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4]);
            if (starts && ends && (text[i..].StartsWith("19", StringComparison.Ordinal) || text[i..].StartsWith("20", StringComparison.Ordinal))
                && int.TryParse(text.Slice(i, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int found)
                && found != year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the record says for a role key on a day, for a conflict's summary; null when it cannot say.</summary>
    public string? RecordFor(string jurisdiction, string title, DateOnly day)
    {
        if (!_registry.TryFind(jurisdiction, title, out Office office) || day > _registry.ReviewedThrough || _registry.HolderOn(office, day) is not { } term)
        {
            return null;
        }

        return $"{office.Name} on {day:yyyy-MM-dd}: {term.Holder} (office record, in office since {term.Start:yyyy-MM-dd})";
    }
}
