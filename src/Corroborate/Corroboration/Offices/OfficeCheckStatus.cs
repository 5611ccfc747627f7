namespace Corroborate.Corroboration.Offices;

/// <summary>How a role claim compares with the record.</summary>
public enum OfficeCheckStatus
{
    /// <summary>The record agrees with the claim.</summary>
    Matches,

    /// <summary>The record contradicts the claim: someone else held the office, or a "former" holder was in office.</summary>
    Mismatch,

    /// <summary>The record cannot say: the date is outside what it covers, or no holder is recorded that day.</summary>
    Unknown,
}
