namespace Corroborate.Corroboration;

/// <summary>
/// Compares the stemmed content terms of two sentences (<see cref="Model.AnalyzedArticle.SentenceTerms"/>, sorted and
/// distinct, made by the text stage): what sentence alignment and conflict context checks measure.
/// </summary>
internal static class SentenceTerms
{
    /// <summary>How many terms two sorted, distinct term lists share.</summary>
    public static int Shared(string[] a, string[] b, string? except = null)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                if (!string.Equals(a[i], except, StringComparison.Ordinal))
                {
                    shared++;
                }

                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
