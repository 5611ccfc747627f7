using System.Collections.Frozen;

namespace Corroborate.Corroboration.Offices;

/// <summary>
/// The curated, dated record of who held which public office, and the check of a role claim against it. A mismatch
/// here is a finding on its own, even when no other source contradicts the article, so the record only holds dates
/// its editors are sure of and says how far it is complete (<see cref="ReviewedThrough"/>).
/// </summary>
public sealed class OfficeRegistry
{
    private const string ResourcePrefix = "Corroborate.Offices.";

    private static readonly Lazy<OfficeRegistry> s_default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, Office> _byTitle;

    private OfficeRegistry(IReadOnlyList<Office> offices, DateOnly reviewedThrough)
    {
        Offices = offices;
        ReviewedThrough = reviewedThrough;

        var byTitle = new Dictionary<string, Office>(StringComparer.Ordinal);
        foreach (Office office in offices)
        {
            foreach (string jurisdiction in office.JurisdictionNames)
            {
                foreach (string title in office.Titles)
                {
                    string key = OfficeTitle.Key(jurisdiction, title);
                    if (!byTitle.TryAdd(key, office))
                    {
                        throw new OfficeRecordException(
                            $"{OfficeRecordLoader.OfficesSource}: title '{title}' in {jurisdiction} names both {byTitle[key].Id} and {office.Id}.");
                    }
                }
            }
        }

        _byTitle = byTitle.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The record shipped with the engine, loaded once on first use.</summary>
    public static OfficeRegistry Default => s_default.Value;

    /// <summary>Every office, in the order of offices.tsv.</summary>
    public IReadOnlyList<Office> Offices { get; }

    /// <summary>The date through which the record is complete; later dates are Unknown.</summary>
    public DateOnly ReviewedThrough { get; }

    /// <summary>Reads a record from the two TSV files; throws <see cref="OfficeRecordException"/> naming the line of any problem.</summary>
    public static OfficeRegistry Parse(TextReader offices, TextReader holders)
    {
        ArgumentNullException.ThrowIfNull(offices);
        ArgumentNullException.ThrowIfNull(holders);
        (IReadOnlyList<Office> list, DateOnly reviewed) = OfficeRecordLoader.Load(offices, holders);
        return new OfficeRegistry(list, reviewed);
    }

    /// <summary>The office a jurisdiction ("GB", "UN") and a lower-case title ("prime minister", "secretary-general") name.</summary>
    public bool TryFind(string jurisdiction, string title, out Office office)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        ArgumentNullException.ThrowIfNull(title);
        return _byTitle.TryGetValue(OfficeTitle.Key(jurisdiction, title), out office!);
    }

    /// <summary>The offices <paramref name="person"/> ever held, for role mentions that name no jurisdiction.</summary>
    public IReadOnlyList<Office> OfficesHeldBy(string person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Offices.Where(office => PersonNameMatcher.MatchingHolders(person, office.Terms).Count > 0).ToArray();
    }

    /// <summary>Who held <paramref name="office"/> on <paramref name="date"/>; on a handover day, the incoming holder.</summary>
    public OfficeTerm? HolderOn(Office office, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(office);
        if (date > ReviewedThrough)
        {
            return null;
        }

        return office.Terms.LastOrDefault(term => term.IsInOfficeOn(date));
    }

    /// <summary>
    /// Checks the claim "<paramref name="person"/> is (or, when <paramref name="former"/>, used to be and no longer is)
    /// the holder of <paramref name="office"/>" on <paramref name="date"/>.
    /// </summary>
    public OfficeCheckResult Check(Office office, string person, bool former, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(person);
        return OfficeClaimCheck.Run(office, person, former, date, ReviewedThrough);
    }

    private static OfficeRegistry LoadEmbedded()
    {
        using TextReader offices = OpenResource(OfficeRecordLoader.OfficesSource);
        using TextReader holders = OpenResource(OfficeRecordLoader.HoldersSource);
        return Parse(offices, holders);
    }

    private static StreamReader OpenResource(string file)
    {
        Stream stream = typeof(OfficeRegistry).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"Embedded office record '{ResourcePrefix + file}' is missing from the assembly.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
