using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Corroborate.Copies;

/// <summary>
/// Word shingles as 64-bit XxHash3 hashes. Each word is hashed once and a shingle hashes its words'
/// hashes, so the cost is linear in the words whatever the shingle size.
/// </summary>
internal static class Shingler
{
    /// <summary>How many shingles <paramref name="wordCount"/> words give: a text shorter than a shingle is one shingle.</summary>
    public static int Count(int wordCount, int size) => wordCount == 0 ? 0 : Math.Max(1, wordCount - size + 1);

    public static void HashWords(IReadOnlyList<string> words, Span<ulong> into)
    {
        for (int i = 0; i < words.Count; i++)
        {
            into[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(words[i].AsSpan()));
        }
    }

    /// <summary>Writes the shingle hashes in text order; returns how many.</summary>
    public static int Shingle(ReadOnlySpan<ulong> wordHashes, int size, Span<ulong> into)
    {
        int count = Count(wordHashes.Length, size);
        int width = Math.Min(size, wordHashes.Length);
        for (int i = 0; i < count; i++)
        {
            into[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(wordHashes.Slice(i, width)));
        }

        return count;
    }

    /// <summary>A hash of the whole word sequence: equal exactly when the words are (up to a 2^-64 chance).</summary>
    public static ulong SequenceHash(ReadOnlySpan<ulong> wordHashes) =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(wordHashes), seed: 0x51);

    /// <summary>Sorts and removes duplicates in place; returns the number of distinct shingles.</summary>
    public static int SortDistinct(Span<ulong> shingles)
    {
        if (shingles.IsEmpty)
        {
            return 0;
        }

        shingles.Sort();
        int n = 1;
        for (int i = 1; i < shingles.Length; i++)
        {
            if (shingles[i] != shingles[n - 1])
            {
                shingles[n++] = shingles[i];
            }
        }

        return n;
    }
}
