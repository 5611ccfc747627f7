using System.Buffers;
using System.Numerics;

namespace Corroborate.Copies;

/// <summary>
/// MinHash signatures. Permutation i orders shingles by a_i·h + b_i (mod 2^64, a_i odd): shingle hashes
/// are already XxHash3 output, so one multiply-add per (shingle, permutation) is a good enough random
/// order and far cheaper than re-hashing.
/// <para>
/// Slot i of a signature holds the low 32 bits of the shingle that is smallest under permutation i (its
/// arg-min, not the min value). Equal slots still mean "same minimum" (Jaccard estimate), and an arg-min
/// is a uniform sample of the article's shingles, so checking it against another article's shingle set
/// estimates containment directly. 32 bits halve memory; a false match has a 2^-32 chance per slot.
/// </para>
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    public MinHasher(int permutations, ulong seed)
    {
        _a = new ulong[permutations];
        _b = new ulong[permutations];
        ulong state = seed;
        for (int i = 0; i < permutations; i++)
        {
            _a[i] = SplitMix(ref state) | 1UL;
            _b[i] = SplitMix(ref state);
        }
    }

    public int Permutations => _a.Length;

    /// <summary>Fills <paramref name="signature"/> (length <see cref="Permutations"/>) from distinct shingle hashes.</summary>
    public void Compute(ReadOnlySpan<ulong> shingles, Span<uint> signature) => Compute(shingles, signature, vectorized: true);

    /// <summary>
    /// The permutation loop runs <see cref="Vector{T}.Count"/> permutations per instruction (the hot loop of
    /// copy detection: permutations × shingles multiply-adds); the scalar path must give the same signature.
    /// </summary>
    internal void Compute(ReadOnlySpan<ulong> shingles, Span<uint> signature, bool vectorized)
    {
        int p = _a.Length;
        ulong[] mins = ArrayPool<ulong>.Shared.Rent(p);
        ulong[] args = ArrayPool<ulong>.Shared.Rent(p);
        try
        {
            Span<ulong> min = mins.AsSpan(0, p);
            Span<ulong> arg = args.AsSpan(0, p);
            min.Fill(ulong.MaxValue);
            arg.Clear();
            ReadOnlySpan<ulong> a = _a;
            ReadOnlySpan<ulong> b = _b;
            int width = Vector<ulong>.Count;
            int vectorEnd = vectorized && Vector.IsHardwareAccelerated ? p - (p % width) : 0;
            foreach (ulong h in shingles)
            {
                var hv = new Vector<ulong>(h);
                for (int i = 0; i < vectorEnd; i += width)
                {
                    Vector<ulong> v = (new Vector<ulong>(a[i..]) * hv) + new Vector<ulong>(b[i..]);
                    Vector<ulong> current = new(min[i..]);
                    Vector<ulong> smaller = Vector.LessThan(v, current);
                    if (smaller == Vector<ulong>.Zero)
                    {
                        continue;
                    }

                    Vector.Min(v, current).CopyTo(min[i..]);
                    Vector.ConditionalSelect(smaller, hv, new Vector<ulong>(arg[i..])).CopyTo(arg[i..]);
                }

                for (int i = vectorEnd; i < p; i++)
                {
                    ulong v = (a[i] * h) + b[i];
                    if (v < min[i])
                    {
                        min[i] = v;
                        arg[i] = h;
                    }
                }
            }

            for (int i = 0; i < p; i++)
            {
                signature[i] = (uint)arg[i];
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(mins);
            ArrayPool<ulong>.Shared.Return(args);
        }
    }

    /// <summary>Share of equal slots: an unbiased estimate of the Jaccard similarity of the two shingle sets.</summary>
    public static double Jaccard(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        int same = 0;
        for (int i = 0; i < x.Length; i++)
        {
            same += x[i] == y[i] ? 1 : 0;
        }

        return (double)same / x.Length;
    }

    /// <summary>Share of <paramref name="signature"/>'s samples found in <paramref name="sortedLowBits"/>: estimates |A∩B|/|A|.</summary>
    public static double SampleContainment(ReadOnlySpan<uint> signature, ReadOnlySpan<uint> sortedLowBits)
    {
        int found = 0;
        foreach (uint s in signature)
        {
            found += sortedLowBits.BinarySearch(s) >= 0 ? 1 : 0;
        }

        return (double)found / signature.Length;
    }

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
