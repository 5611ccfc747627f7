using Corroborate.Model;

namespace Corroborate.Copies;

/// <summary>
/// What the copy index keeps of one article, by its arrival number: what confirmation needs (signature, shingle
/// and word counts, word-sequence hash), the link it was first confirmed by, and its node in the copy groups'
/// union-find. One record per article, so a store keeps it as one row.
/// </summary>
/// <param name="Signature">MinHash signature; null for an article too short to be signed.</param>
internal readonly record struct CopyRecord(string Id, uint[]? Signature, int Shingles, int Words, ulong Sequence)
{
    /// <summary>The article it was first confirmed against (-1: none yet), and how.</summary>
    public int Partner { get; init; } = -1;

    public CopyEdge Edge { get; init; }

    /// <summary>Union-find parent (itself for a root).</summary>
    public int Parent { get; init; }

    /// <summary>For a root: the group's most complete member.</summary>
    public int Canonical { get; init; }

    /// <summary>The next member in the group's circular list.</summary>
    public int NextMember { get; init; }

    /// <summary>A new article, alone in its group.</summary>
    public static CopyRecord Alone(int number, string id, uint[]? signature, int shingles, int words, ulong sequence) =>
        new(id, signature, shingles, words, sequence) { Parent = number, Canonical = number, NextMember = number };
}

/// <summary>How two articles were confirmed to be copies.</summary>
internal readonly record struct CopyEdge(CopyKind Kind, double Jaccard, double Containment);
