using Corroborate.Model;

namespace Corroborate.Corroboration.Offices;

/// <summary>The outcome of checking one role claim against the record.</summary>
/// <param name="Status">Whether the record agrees, disagrees or cannot say.</param>
/// <param name="Office">The office checked.</param>
/// <param name="Date">The date the claim was checked for.</param>
/// <param name="Expected">Who held the office that day (two on a handover day); empty when <see cref="Status"/> is Unknown for lack of a holder.</param>
/// <param name="Reason">One readable sentence saying why, for reports.</param>
public sealed record OfficeCheckResult(
    OfficeCheckStatus Status,
    Office Office,
    DateOnly Date,
    IReadOnlyList<OfficeTerm> Expected,
    string Reason)
{
    /// <summary>The expected holders' names joined for display ("Joe Biden").</summary>
    /// <summary>What kind of mismatch it is; <see cref="OfficeFinding.None"/> unless <see cref="Status"/> is Mismatch.</summary>
    public OfficeFinding Finding { get; init; }

    /// <summary>For a stale holder, the last day of the person's most recent term before the date.</summary>
    public DateOnly? TermEnded { get; init; }

    public string ExpectedHolders => string.Join(" / ", Expected.Select(term => term.Holder));
}
