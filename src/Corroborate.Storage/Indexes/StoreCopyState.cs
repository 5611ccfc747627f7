using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Corroborate.Copies;
using Corroborate.Model;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage.Indexes;

/// <summary>
/// The copy index's state in the store: one <c>copy_articles</c> row per article (signature, counts, first link,
/// union-find node), <c>copy_buckets</c> (LSH key, article) capped per key, and <c>copy_sequences</c>. Records read,
/// added or changed during a batch are kept in dictionaries until <see cref="Flush"/> writes the new and changed ones
/// (and sequence rows) in a few many-row statements, then forgotten: memory is one batch's records, whatever the size
/// of the store. Bucket rows alone are inserted as they come: a bucket's cap counts the rows already in it, and one
/// statement both counts and inserts.
/// </summary>
internal sealed class StoreCopyState(CopyOptions options) : ICopyState
{
    private const string Columns = "number, id, signature, shingles, words, sequence, partner, edge_kind, edge_jaccard, edge_containment, parent, canonical, next_member";

    private static readonly string[] ColumnNames = Columns.Split(", ");

    // The columns that change after a record is added (its first link, its union-find node), with their SQL types.
    private static readonly (string Name, string? Type)[] NodeColumns =
    [
        ("number", "BIGINT"), ("partner", "BIGINT"), ("edge_kind", "BIGINT"), ("edge_jaccard", "DOUBLE PRECISION"), ("edge_containment", "DOUBLE PRECISION"),
        ("parent", "BIGINT"), ("canonical", "BIGINT"), ("next_member", "BIGINT"),
    ];

    private readonly Dictionary<int, CopyRecord> _records = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<int> _changed = [];
    private readonly List<int> _added = [];
    private readonly StringBuilder _sql = new();
    private readonly Dictionary<ulong, int> _sequences = []; // looked up or added during the batch
    private Statements? _statements;
    private int _count = -1;

    public int Count => _count;

    /// <summary>Starts a batch on the write transaction's statements.</summary>
    public void Begin(Statements statements)
    {
        _statements = statements;
        if (_count < 0)
        {
            _count = Convert.ToInt32(statements.Scalar("SELECT coalesce(max(number) + 1, 0) FROM copy_articles"), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Writes the batch's new and changed records (inside its transaction) and forgets the batch's records.</summary>
    public void Flush()
    {
        Upserts.Write(Sql, "copy_articles", ColumnNames, _added.Select(n => Row(n, _records[n])));
        _changed.ExceptWith(_added);
        Upserts.Update(Sql, "copy_articles", NodeColumns, _changed.Order().Select(n => Node(n, _records[n])));
        int firstAdded = _count - _added.Count;
        Upserts.Write(Sql, "copy_sequences", ["sequence", "number"],
            _sequences.Where(p => p.Value >= firstAdded).OrderBy(static p => p.Value).Select(static p => new object?[] { unchecked((long)p.Key), (long)p.Value }),
            keepExisting: true);
        Clear();
    }

    /// <summary>After a rollback: what was cached may not be in the store.</summary>
    public void Forget()
    {
        Clear();
        _count = -1;
    }

    public bool TryGetNumber(string id, out int number)
    {
        // The index asks for an article it has just added or read several times per article.
        if (_numbers.TryGetValue(id, out number))
        {
            return true;
        }

        object? found = Sql.Scalar("SELECT number FROM copy_articles WHERE id = @id", ("@id", id));
        number = found is null ? -1 : Convert.ToInt32(found, CultureInfo.InvariantCulture);
        if (found is not null)
        {
            _numbers[id] = number;
        }

        return found is not null;
    }

    public void Append(CopyRecord record)
    {
        int number = _count;
        _records[number] = record;
        _numbers[record.Id] = number;
        _added.Add(number);
        _count++;
    }

    public CopyRecord Get(int number)
    {
        if (!_records.TryGetValue(number, out CopyRecord record))
        {
            Prefetch([number]);
            record = _records[number];
        }

        return record;
    }

    public void Set(int number, CopyRecord record)
    {
        _records[number] = record;
        _changed.Add(number);
    }

    public void Prefetch(IReadOnlyList<int> numbers)
    {
        var missing = numbers.Where(n => !_records.ContainsKey(n)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        using DbDataReader reader = Sql.Reader(InList($"SELECT {Columns} FROM copy_articles WHERE number IN (", "@n", missing.Count), Parameters("@n", missing.Select(static n => (long)n)));
        while (reader.Read())
        {
            int number = Int(reader, 0);
            uint[]? signature = reader.IsDBNull(2) ? null : MemoryMarshal.Cast<byte, uint>((byte[])reader.GetValue(2)).ToArray();
            _numbers[reader.GetString(1)] = number;
            _records[number] = new CopyRecord(reader.GetString(1), signature, Int(reader, 3), Int(reader, 4), unchecked((ulong)reader.GetInt64(5)))
            {
                Partner = Int(reader, 6),
                Edge = new CopyEdge((CopyKind)Int(reader, 7), reader.GetDouble(8), reader.GetDouble(9)),
                Parent = Int(reader, 10),
                Canonical = Int(reader, 11),
                NextMember = Int(reader, 12),
            };
        }
    }

    public void QueryBuckets(ReadOnlySpan<ulong> keys, List<int> into)
    {
        if (keys.IsEmpty)
        {
            return;
        }

        using DbDataReader reader = Sql.Reader(InList("SELECT number FROM copy_buckets WHERE key IN (", "@k", keys.Length), Parameters("@k", Signed(keys)));
        while (reader.Read())
        {
            into.Add(Int(reader, 0));
        }
    }

    public void AddToBuckets(ReadOnlySpan<ulong> keys, int number)
    {
        if (keys.IsEmpty)
        {
            return;
        }

        // One statement for all keys; each key's bucket takes the article only while it has room, as in memory.
        _sql.Clear().Append("WITH k(key) AS (VALUES ");
        for (int i = 0; i < keys.Length; i++)
        {
            _sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@k{i})");
        }

        _sql.Append(") INSERT INTO copy_buckets (key, number) SELECT k.key, @number FROM k WHERE (SELECT count(*) FROM copy_buckets b WHERE b.key = k.key) < @cap ON CONFLICT DO NOTHING");
        var parameters = Parameters("@k", Signed(keys)).Append(("@number", (long)number)).Append(("@cap", (long)options.MaxBucketSize)).ToArray();
        Sql.Execute(_sql.ToString(), parameters);
    }

    public bool TryGetBySequence(ulong sequence, out int number)
    {
        if (_sequences.TryGetValue(sequence, out number))
        {
            return true;
        }

        object? found = Sql.Scalar("SELECT number FROM copy_sequences WHERE sequence = @sequence", ("@sequence", unchecked((long)sequence)));
        number = found is null ? -1 : Convert.ToInt32(found, CultureInfo.InvariantCulture);
        if (found is not null)
        {
            _sequences[sequence] = number;
        }

        return found is not null;
    }

    // The first article with a sequence keeps it, as in memory (a stored one was remembered when it was looked up).
    public void AddSequence(ulong sequence, int number) => _sequences.TryAdd(sequence, number);

    private void Clear()
    {
        _changed.Clear();
        _added.Clear();
        _sequences.Clear();
        _records.Clear();
        _numbers.Clear();
        _statements = null;
    }

    /// <summary>A new record's row, in <see cref="Columns"/> order.</summary>
    private static object?[] Row(int number, CopyRecord r) =>
    [
        (long)number, r.Id, r.Signature is { } s ? MemoryMarshal.AsBytes(s.AsSpan()).ToArray() : null, (long)r.Shingles, (long)r.Words,
        unchecked((long)r.Sequence), (long)r.Partner, (long)r.Edge.Kind, r.Edge.Jaccard, r.Edge.Containment, (long)r.Parent, (long)r.Canonical,
        (long)r.NextMember,
    ];

    /// <summary>The columns of a record that change after it is added: its first link and its union-find node.</summary>
    private static object?[] Node(int number, CopyRecord r) =>
        [(long)number, (long)r.Partner, (long)r.Edge.Kind, r.Edge.Jaccard, r.Edge.Containment, (long)r.Parent, (long)r.Canonical, (long)r.NextMember];

    private Statements Sql => _statements ?? throw new InvalidOperationException("the copy state is used outside a batch");

    /// <summary>Integer columns are 64-bit on PostgreSQL, where a 32-bit read is refused.</summary>
    private static int Int(DbDataReader reader, int ordinal) => checked((int)reader.GetInt64(ordinal));

    private static List<long> Signed(ReadOnlySpan<ulong> keys)
    {
        var signed = new List<long>(keys.Length);
        foreach (ulong key in keys)
        {
            signed.Add(unchecked((long)key));
        }

        return signed;
    }

    private static string InList(string head, string prefix, int count) =>
        head + string.Join(", ", Enumerable.Range(0, count).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture))) + ")";

    private static (string Name, object? Value)[] Parameters(string prefix, IEnumerable<long> values) =>
        [.. values.Select((v, i) => (prefix + i.ToString(CultureInfo.InvariantCulture), (object?)v))];
}
