using System.Globalization;
using CsCheck;

namespace Corroborate.Properties.Support;

/// <summary>A property broke: the message says what, the generated case is printed by CsCheck below it.</summary>
public sealed class PropertyFailedException(string message) : Exception(message);

/// <summary>Running properties: iteration counts fit for CI, raised for a longer local run, and readable failures.</summary>
public static class Property
{
    /// <summary>
    /// The iterations of a property: <paramref name="ci"/>, times CORROBORATE_PROPS_SCALE when set (e.g. 20 for a
    /// long local run). A failing run prints a seed; pass it as CORROBORATE_PROPS_SEED to replay that case first.
    /// </summary>
    public static long Iter(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("CORROBORATE_PROPS_SCALE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int scale) && scale > 0
            ? (long)ci * scale
            : ci;

    public static string? Seed => Environment.GetEnvironmentVariable("CORROBORATE_PROPS_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>Samples <paramref name="gen"/> and runs <paramref name="assert"/> on each case; the case is printed with <paramref name="print"/> when it fails.</summary>
    public static void Check<T>(Gen<T> gen, int ci, Func<T, string> print, Action<T> assert) =>
        gen.Sample(assert, iter: Iter(ci), seed: Seed, print: print);

    /// <summary>Throws when <paramref name="problems"/> is not empty, naming the first 15 of them.</summary>
    public static void NoProblems(string what, IReadOnlyCollection<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new PropertyFailedException($"{what}: {problems.Count} problem(s)\n  " + string.Join("\n  ", problems.Take(15)));
        }
    }

    /// <summary>Throws when the two texts differ, showing the first differing line of each (with its number) and a little context.</summary>
    public static void SameText(string what, string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        int line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        string Context(string[] lines)
        {
            int from = Math.Max(0, line - 2);
            int to = Math.Min(lines.Length, line + 3);
            return string.Join("\n", Enumerable.Range(from, to - from).Select(i => $"    {i + 1,5}{(i == line ? '>' : ':')} {Trim(lines[i])}"));
        }

        throw new PropertyFailedException(
            $"{what}: they differ first at line {line + 1} ({a.Length} vs {b.Length} lines)\n  expected:\n{Context(a)}\n  actual:\n{Context(b)}");
    }

    private static string Trim(string line) => line.Length > 200 ? line[..200] + "…" : line;
}
