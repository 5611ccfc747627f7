using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Corroborate.Lexicons;

/// <summary>
/// Reads the word lists kept as data in <c>src/Corroborate/Lexicons/</c> (embedded as <c>Corroborate.Lexicons.&lt;file&gt;</c>).
/// A file is UTF-8 text: lines starting with <c>#</c> are comments (the first says where the list comes from and
/// its licence), blank lines are skipped, every other line is one entry; in a <c>.tsv</c> file an entry's columns
/// are separated by tabs, the first column being the entry itself. Entries are trimmed and kept in file order.
/// </summary>
internal static class Lexicon
{
    /// <summary>The prefix of every lexicon's resource name.</summary>
    public const string ResourcePrefix = "Corroborate.Lexicons.";

    /// <summary>The file names of the embedded lexicons ("social-networks.tsv", …).</summary>
    public static IEnumerable<string> Files() =>
        typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(static n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(static n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>The entries of a one-entry-a-line file, in file order.</summary>
    public static ImmutableArray<string> Entries(string file) => [.. Rows(file).Select(static r => r[0])];

    /// <summary>The rows of a file, each its trimmed columns, in file order.</summary>
    public static ImmutableArray<ImmutableArray<string>> Rows(string file)
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The lexicon {file} is not embedded (see Corroborate.csproj).");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add([.. line.Split('\t').Select(static c => c.Trim())]);
        }

        return rows.ToImmutable();
    }

    /// <summary>The first column of the rows of a <c>.tsv</c> file whose column <paramref name="column"/> is "yes".</summary>
    public static ImmutableArray<string> EntriesMarked(string file, int column) =>
        [.. Rows(file).Where(r => r.Length > column && r[column] == "yes").Select(static r => r[0])];
}
