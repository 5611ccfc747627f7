using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Statements of one key whose values are compatible: the same person, or ranges that share a value and stand near
/// one another. An open range ("at least 34") allows any larger count, but it is a claim about a count near its bound:
/// "at least 34 dead" does not confirm "16,000 evacuated", so it joins a cluster only when its bound is within
/// <see cref="CorroborationOptions.OpenRangeJoinMaxRatio"/> of the cluster's values.
/// </summary>
internal sealed class ValueCluster
{
    private readonly double _openRangeMaxRatio;
    private readonly bool _firstOpen;

    public ValueCluster(Statement first, double openRangeMaxRatio = double.PositiveInfinity)
    {
        _openRangeMaxRatio = openRangeMaxRatio;
        Kind = first.Kind;
        Key = first.Key;
        Value = first.Value;
        Range = first.Range;
        Nominal = first.Range is { } range ? NominalOf(range) : null;
        _firstOpen = first.Range is { } r && IsOpen(r);
        Members.Add(first);
    }

    /// <summary>The value the first member names: its bound when open, else the middle of its range.</summary>
    private double? Nominal { get; }

    public FactKind Kind { get; }

    public FactKey Key { get; }

    public string Value { get; }

    /// <summary>The values every member allows (the intersection of their ranges).</summary>
    public ValueRange? Range { get; private set; }

    public List<Statement> Members { get; } = [];

    public IEnumerable<string> Sources => Members.Select(m => m.Source).Distinct(StringComparer.Ordinal);

    public int SourceCount => Sources.Count();

    public bool Accepts(Statement statement) => Range is { } range && statement.Range is { } other
        ? range.Overlaps(other) && (!_firstOpen && !IsOpen(other) || Near(Nominal!.Value, NominalOf(other), _openRangeMaxRatio))
        : string.Equals(Value, statement.Value, StringComparison.Ordinal);

    /// <summary>
    /// Whether a statement of range <paramref name="a"/> states the value of one of range <paramref name="b"/>: they
    /// share a value and, when either is open ("at least 52"), their named values are within
    /// <paramref name="openRangeMaxRatio"/> of each other (a source saying "9,000 evacuated" does not say "at least 52").
    /// </summary>
    public static bool States(ValueRange a, ValueRange b, double openRangeMaxRatio) =>
        a.Overlaps(b) && (!IsOpen(a) && !IsOpen(b) || Near(NominalOf(a), NominalOf(b), openRangeMaxRatio));

    private static bool IsOpen(ValueRange range) => double.IsPositiveInfinity(range.High);

    private static bool Near(double x, double y, double ratio)
    {
        double low = Math.Min(Math.Abs(x), Math.Abs(y));
        double high = Math.Max(Math.Abs(x), Math.Abs(y));
        return low > 0 ? high / low <= ratio : high == 0;
    }

    private static double NominalOf(ValueRange range) =>
        IsOpen(range) ? range.Low : (range.Low + range.High) / 2;

    public void Add(Statement statement)
    {
        Members.Add(statement);
        if (Range is { } range && statement.Range is { } other)
        {
            Range = new ValueRange(Math.Max(range.Low, other.Low), Math.Min(range.High, other.High));
        }
    }

    /// <summary>Clusters one key's statements in order: each joins the first cluster it is compatible with.</summary>
    /// <param name="openRangeMaxRatio">How far (as a ratio) an open range's bound may be from a cluster's value it joins.</param>
    public static List<ValueCluster> Of(IEnumerable<Statement> statements, double openRangeMaxRatio = double.PositiveInfinity)
    {
        var clusters = new List<ValueCluster>();
        foreach (Statement statement in statements)
        {
            ValueCluster? home = clusters.FirstOrDefault(c => c.Accepts(statement));
            if (home is null)
            {
                clusters.Add(new ValueCluster(statement, openRangeMaxRatio));
            }
            else
            {
                home.Add(statement);
            }
        }

        return clusters;
    }
}
