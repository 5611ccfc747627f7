namespace Corroborate.Corroboration.Offices;

/// <summary>One person's continuous tenure of one office.</summary>
/// <param name="OfficeId">The office's id in the record ("GB-PM").</param>
/// <param name="Holder">The holder's full name as the record spells it.</param>
/// <param name="Aliases">Other spellings and short forms news uses for the same person.</param>
/// <param name="Start">First day in office.</param>
/// <param name="End">
/// Last day in office (inclusive), which is also the successor's first day when power changed hands during that day;
/// null when the holder was still in office on the record's review date.
/// </param>
public sealed record OfficeTerm(string OfficeId, string Holder, IReadOnlyList<string> Aliases, DateOnly Start, DateOnly? End)
{
    /// <summary>True when the holder was in office at any moment of <paramref name="date"/>.</summary>
    public bool IsInOfficeOn(DateOnly date) => Start <= date && (End is null || date <= End.Value);

    public override string ToString() =>
        $"{Holder} ({Start:yyyy-MM-dd} – {(End is { } end ? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")})";
}
