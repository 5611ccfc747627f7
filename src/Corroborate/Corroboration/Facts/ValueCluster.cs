using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>Statements of one key whose values are compatible: the same person, or ranges that share a value.</summary>
internal sealed class ValueCluster
{
    public ValueCluster(Statement first)
    {
        Kind = first.Kind;
        Key = first.Key;
        Value = first.Value;
        Range = first.Range;
        Members.Add(first);
    }

    public FactKind Kind { get; }

    public FactKey Key { get; }

    public string Value { get; }

    /// <summary>The values every member allows (the intersection of their ranges).</summary>
    public ValueRange? Range { get; private set; }

    public List<Statement> Members { get; } = [];

    public IEnumerable<string> Sources => Members.Select(m => m.Source).Distinct(StringComparer.Ordinal);

    public int SourceCount => Sources.Count();

    public bool Accepts(Statement statement) => Range is { } range && statement.Range is { } other
        ? range.Overlaps(other)
        : string.Equals(Value, statement.Value, StringComparison.Ordinal);

    public void Add(Statement statement)
    {
        Members.Add(statement);
        if (Range is { } range && statement.Range is { } other)
        {
            Range = new ValueRange(Math.Max(range.Low, other.Low), Math.Min(range.High, other.High));
        }
    }

    /// <summary>Clusters one key's statements in order: each joins the first cluster it is compatible with.</summary>
    public static List<ValueCluster> Of(IEnumerable<Statement> statements)
    {
        var clusters = new List<ValueCluster>();
        foreach (Statement statement in statements)
        {
            ValueCluster? home = clusters.FirstOrDefault(c => c.Accepts(statement));
            if (home is null)
            {
                clusters.Add(new ValueCluster(statement));
            }
            else
            {
                home.Add(statement);
            }
        }

        return clusters;
    }
}
