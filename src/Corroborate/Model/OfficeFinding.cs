namespace Corroborate.Model;

/// <summary>Which way a role claim disagrees with the office record; each is its own reliability reason.</summary>
public enum OfficeFinding
{
    /// <summary>No disagreement (the claim matches, or the record cannot say).</summary>
    None,

    /// <summary>The named person never held the office by then; someone else did.</summary>
    OtherHolder,

    /// <summary>The named person held the office, but the term had ended and the record shows a successor on the date.</summary>
    StaleHolder,

    /// <summary>"Former X" said of the person who held the office on the date.</summary>
    FormerIsCurrent,

    /// <summary>"Former X" said of someone who had not held the office by the date.</summary>
    NeverHeld,
}
