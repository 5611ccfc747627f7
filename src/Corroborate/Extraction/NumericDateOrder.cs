namespace Corroborate.Extraction;

/// <summary>
/// Which of the two small numbers of a numeric date ("04/03/2026", "04.03.2026") is the day. Only matters when both
/// are at most 12; a part above 12 can only be the day and forces the order whatever this says.
/// </summary>
internal enum NumericDateOrder
{
    /// <summary>"04/03/2026" is 4 March: the default, as most of the world writes '/' and '.' dates.</summary>
    DayFirst,

    /// <summary>"04/03/2026" is 3 April (US order), chosen only when the page itself settles it.</summary>
    MonthFirst,
}
