using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>Finds which sentence of an article holds a position of its clean text.</summary>
internal static class SentenceLookup
{
    /// <summary>The index of the sentence holding <paramref name="position"/>, or -1 when it falls between sentences.</summary>
    public static int IndexAt(ImmutableArray<Sentence> sentences, int position)
    {
        int lo = 0;
        int hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (position < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (position >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
