namespace Corroborate.Corroboration.Offices;

/// <summary>A public office whose holders the record tracks ("Prime Minister of the United Kingdom").</summary>
public sealed class Office
{
    internal Office(string id, IReadOnlyList<string> jurisdictions, string name, IReadOnlyList<string> titles, IReadOnlyList<OfficeTerm> terms, DateOnly? recordedFrom = null)
    {
        Id = id;
        Jurisdiction = jurisdictions[0];
        JurisdictionNames = jurisdictions;
        Name = name;
        Titles = titles;
        Terms = terms;
        RecordedFrom = recordedFrom ?? (terms.Count > 0 ? terms[0].Start : null);
    }

    /// <summary>Stable id from the record ("GB-PM").</summary>
    public string Id { get; }

    /// <summary>ISO 3166-1 alpha-2 country code ("GB") or body id ("UN", "EU-COMMISSION").</summary>
    public string Jurisdiction { get; }

    /// <summary>
    /// Every name the record accepts for the jurisdiction, <see cref="Jurisdiction"/> first: a body news names in
    /// several ways ("FEDERAL RESERVE", "FED") lists them all, so each finds the office.
    /// </summary>
    public IReadOnlyList<string> JurisdictionNames { get; }

    /// <summary>Readable name ("Prime Minister of the United Kingdom").</summary>
    public string Name { get; }

    /// <summary>Normalized lower-case titles news uses for this office ("prime minister", "premier", "pm").</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Recorded terms, oldest first, never overlapping.</summary>
    public IReadOnlyList<OfficeTerm> Terms { get; }

    /// <summary>
    /// The first day from which the record names every holder (the offices file's recorded_from, else the first
    /// term's start); before it a claim is Unknown, since an unrecorded earlier holder cannot be told from a wrong name.
    /// </summary>
    public DateOnly? RecordedFrom { get; }

    public override string ToString() => $"{Name} [{Id}]";
}
