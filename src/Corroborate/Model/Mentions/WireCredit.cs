namespace Corroborate.Model;

/// <summary>What shows that an article's text comes from a news agency.</summary>
public enum WireEvidence
{
    /// <summary>A dateline credit: "OSLO, May 2 (Reuters) —".</summary>
    DatelineCredit,

    /// <summary>The article's outlet is an agency.</summary>
    AgencyOutlet,

    /// <summary>The opening attributes to an agency: "Reuters reported", "according to AFP".</summary>
    OpeningAttribution,

    /// <summary>The article cites one agency twice or more.</summary>
    RepeatedAttribution,

    /// <summary>The page credits a wire in a byline or date line ("By Jo Eld, Southern Wire Service"): <see cref="Article.Wire"/>.</summary>
    CreditedWire,
}

/// <summary>The news agency an article's text comes from: two outlets running one agency's story are one source.</summary>
/// <param name="Agency">The agency's key ("reuters", "ap"), or the credit as written, lower-case, for agencies the lexicon lacks.</param>
public sealed record WireCredit(string Agency, WireEvidence Evidence)
{
    /// <summary>The source-group origin: "wire:reuters".</summary>
    public string Origin => "wire:" + Agency;
}
