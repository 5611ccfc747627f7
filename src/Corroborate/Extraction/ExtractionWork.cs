namespace Corroborate.Extraction;

/// <summary>
/// A count of the work extraction does on the current thread: characters handed to a rule or pattern, lines and
/// DOM nodes visited by a scan. It exists so tests can guard complexity without timing anything: the count for an
/// input four times as large must be about four times the count, never sixteen. Extraction runs synchronously on
/// one thread per document, so a thread-static counter sees exactly one extraction's work at a time.
/// </summary>
internal static class ExtractionWork
{
    [ThreadStatic]
    private static long t_units;

    /// <summary>The work counted on this thread so far.</summary>
    public static long Units => t_units;

    public static void Add(int units) => t_units += units;
}
