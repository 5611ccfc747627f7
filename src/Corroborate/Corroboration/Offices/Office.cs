namespace Corroborate.Corroboration.Offices;

/// <summary>A public office whose holders the record tracks ("Prime Minister of the United Kingdom").</summary>
public sealed class Office
{
    internal Office(string id, string jurisdiction, string name, IReadOnlyList<string> titles, IReadOnlyList<OfficeTerm> terms)
    {
        Id = id;
        Jurisdiction = jurisdiction;
        Name = name;
        Titles = titles;
        Terms = terms;
    }

    /// <summary>Stable id from the record ("GB-PM").</summary>
    public string Id { get; }

    /// <summary>ISO 3166-1 alpha-2 country code ("GB") or body id ("UN", "EU-COMMISSION").</summary>
    public string Jurisdiction { get; }

    /// <summary>Readable name ("Prime Minister of the United Kingdom").</summary>
    public string Name { get; }

    /// <summary>Normalized lower-case titles news uses for this office ("prime minister", "premier", "pm").</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Recorded terms, oldest first, never overlapping.</summary>
    public IReadOnlyList<OfficeTerm> Terms { get; }

    public override string ToString() => $"{Name} [{Id}]";
}
