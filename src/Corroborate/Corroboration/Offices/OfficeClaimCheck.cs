using Corroborate.Model;

namespace Corroborate.Corroboration.Offices;

/// <summary>The rules that turn a role claim and the record into Matches, Mismatch or Unknown.</summary>
internal static class OfficeClaimCheck
{
    public static OfficeCheckResult Run(Office office, string person, bool former, DateOnly date, DateOnly reviewedThrough)
    {
        // Outside what the record covers we cannot tell a wrong claim from a gap in the record.
        if (date > reviewedThrough)
        {
            return Unknown(office, date, $"{date:yyyy-MM-dd} is after the record's review date {reviewedThrough:yyyy-MM-dd}.");
        }

        if (office.RecordedFrom is not { } from || date < from)
        {
            return Unknown(office, date, $"the record of {office.Name} does not reach back to {date:yyyy-MM-dd}.");
        }

        OfficeTerm[] onDate = office.Terms.Where(term => term.IsInOfficeOn(date)).ToArray();
        if (onDate.Length == 0)
        {
            return Unknown(office, date, $"the record names no holder of {office.Name} on {date:yyyy-MM-dd}.");
        }

        IReadOnlyList<string> named = PersonNameMatcher.MatchingHolders(person, office.Terms);
        OfficeTerm[] personTerms = office.Terms.Where(term => named.Contains(term.Holder, StringComparer.Ordinal)).ToArray();

        return former ? CheckFormer(office, person, date, onDate, personTerms) : CheckCurrent(office, person, date, onDate, personTerms);
    }

    private static OfficeCheckResult CheckCurrent(Office office, string person, DateOnly date, OfficeTerm[] onDate, OfficeTerm[] personTerms)
    {
        if (personTerms.Any(term => term.IsInOfficeOn(date)))
        {
            return new(OfficeCheckStatus.Matches, office, date, onDate, $"{person} held {office.Name} on {date:yyyy-MM-dd}.");
        }

        string holders = string.Join(" / ", onDate.Select(term => term.Holder));
        // A stale holder: the person did hold the office, but the term had ended and a successor was in office.
        if (personTerms.Where(term => term.End is { } end && end < date).MaxBy(term => term.Start) is { End: { } ended })
        {
            return new(OfficeCheckStatus.Mismatch, office, date, onDate,
                $"{person}'s term as {office.Name} ended on {ended:yyyy-MM-dd}; on {date:yyyy-MM-dd} the office was held by {holders}.")
            { Finding = OfficeFinding.StaleHolder, TermEnded = ended };
        }

        return new(OfficeCheckStatus.Mismatch, office, date, onDate, $"{office.Name} on {date:yyyy-MM-dd} was {holders}, not {person}.")
        { Finding = OfficeFinding.OtherHolder };
    }

    private static OfficeCheckResult CheckFormer(Office office, string person, DateOnly date, OfficeTerm[] onDate, OfficeTerm[] personTerms)
    {
        // On a handover day the outgoing holder may already be called "former"; on any other day in office, not.
        bool successorStarted = onDate.Any(term => term.Start == date);
        if (personTerms.Any(term => term.IsInOfficeOn(date) && !(successorStarted && term.End == date)))
        {
            return new(OfficeCheckStatus.Mismatch, office, date, onDate, $"{person} was still in office as {office.Name} on {date:yyyy-MM-dd}, not a former holder.")
            { Finding = OfficeFinding.FormerIsCurrent };
        }

        if (!personTerms.Any(term => term.Start < date))
        {
            return new(OfficeCheckStatus.Mismatch, office, date, onDate, $"{person} had not held {office.Name} by {date:yyyy-MM-dd}.")
            { Finding = OfficeFinding.NeverHeld };
        }

        return new(OfficeCheckStatus.Matches, office, date, onDate, $"{person} had held {office.Name} before {date:yyyy-MM-dd} and no longer did.");
    }

    private static OfficeCheckResult Unknown(Office office, DateOnly date, string reason) =>
        new(OfficeCheckStatus.Unknown, office, date, [], reason);
}
