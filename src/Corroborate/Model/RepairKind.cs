namespace Corroborate.Model;

/// <summary>What a <see cref="Repair"/> fixed; spelled in output by <see cref="ContractNames"/>.</summary>
public enum RepairKind
{
    /// <summary>A space put back after a sentence end glued to the next sentence ("2022.The").</summary>
    MissingSpace,

    /// <summary>A clause remnant left where a link was removed (", ." or ", and .") dropped.</summary>
    DanglingLink,

    /// <summary>A word cut off by an ellipsis at the very end ("ar..."), dropped; the article is marked truncated.</summary>
    Truncation,
}
