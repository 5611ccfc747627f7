using Corroborate.Model;

namespace Corroborate.Copies;

/// <summary>The verdict on one pair: its kind, or null when it is not a copy, with the estimates that decided.</summary>
internal readonly record struct CopyVerdict(CopyKind? Kind, double Jaccard, double Containment);

/// <summary>
/// Decides whether two articles are copies from their overlap: exact (same word sequence), truncated
/// (the shorter is mostly inside the longer and clearly shorter) or near (high Jaccard). Truncation is
/// tested before nearness: a copy at 75 % of the length with everything kept is a cut, not an edit.
/// </summary>
internal sealed class CopyClassifier(CopyOptions options)
{
    /// <param name="intersection">Estimated number of shared distinct shingles.</param>
    /// <param name="shinglesA">Distinct shingles of A.</param>
    /// <param name="wordsA">Words of A (length decides "clearly shorter").</param>
    public CopyVerdict Classify(bool sameSequence, double intersection, int shinglesA, int shinglesB, int wordsA, int wordsB)
    {
        if (sameSequence)
        {
            return new CopyVerdict(CopyKind.Exact, 1, 1);
        }

        int smaller = Math.Min(shinglesA, shinglesB);
        intersection = Math.Clamp(intersection, 0, smaller);
        double union = shinglesA + shinglesB - intersection;
        double jaccard = union <= 0 ? 0 : intersection / union;
        double containment = smaller == 0 ? 0 : intersection / smaller;
        double lengthRatio = (double)Math.Min(wordsA, wordsB) / Math.Max(1, Math.Max(wordsA, wordsB));

        CopyKind? kind =
            containment >= options.TruncatedMinContainment && lengthRatio <= options.TruncatedMaxLengthRatio ? CopyKind.Truncated
            : jaccard >= options.NearMinJaccard ? CopyKind.Near
            : null;
        return new CopyVerdict(kind, jaccard, containment);
    }

    /// <summary>|A∩B| from a Jaccard estimate and the set sizes: J = I / (|A| + |B| − I).</summary>
    public static double IntersectionFromJaccard(double jaccard, int shinglesA, int shinglesB) =>
        jaccard * (shinglesA + shinglesB) / (1 + jaccard);
}
