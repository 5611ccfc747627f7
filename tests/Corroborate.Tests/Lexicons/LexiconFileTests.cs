using Corroborate.Lexicons;

namespace Corroborate.Tests.Lexicons;

/// <summary>Every lexicon file says where it comes from, parses, is embedded, and lists each entry once.</summary>
public class LexiconFileTests
{
    public static TheoryData<string> Files() => [.. Lexicon.Files()];

    [Fact]
    public void Every_file_in_the_lexicon_folder_is_embedded()
    {
        string folder = Path.Combine(RepositoryRoot(), "src", "Corroborate", "Lexicons");
        string[] onDisk = [.. Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => n!.EndsWith(".txt", StringComparison.Ordinal) || n.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal)!];
        Assert.NotEmpty(onDisk);
        Assert.Equal(onDisk, Lexicon.Files());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_lexicon_names_its_source_and_licence_first(string file)
    {
        string first = File.ReadLines(Path.Combine(RepositoryRoot(), "src", "Corroborate", "Lexicons", file)).First();
        Assert.StartsWith("# source: ", first, StringComparison.Ordinal);
        Assert.Contains("licen", first, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_lexicon_parses_into_non_empty_rows_of_one_width(string file)
    {
        var rows = Lexicon.Rows(file);
        Assert.NotEmpty(rows);
        int width = rows[0].Length;
        Assert.All(rows, r => Assert.Equal(width, r.Length));
        Assert.All(rows, r => Assert.All(r, c => Assert.False(string.IsNullOrWhiteSpace(c), $"{file}: empty column in '{string.Join('\t', r)}'")));
        Assert.Equal(file.EndsWith(".tsv", StringComparison.Ordinal), width > 1);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_lexicon_lists_each_entry_once_ignoring_case_and_surrounding_space(string file)
    {
        var duplicates = Lexicon.Entries(file)
            .GroupBy(e => e.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.True(duplicates.Count == 0, $"{file} lists more than once: {string.Join(", ", duplicates)}");
    }

    [Fact]
    public void The_social_network_flags_are_yes_or_no()
    {
        Assert.All(Lexicon.Rows("social-networks.tsv"), r => Assert.All(r.Skip(1), flag => Assert.Contains(flag, new[] { "yes", "no" })));
    }

    [Fact]
    public void Every_month_name_maps_to_a_month()
    {
        var months = Lexicon.Rows("month-names.tsv").Select(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(Enumerable.Range(1, 12), months.Order());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Corroborate.slnx not found above " + AppContext.BaseDirectory);
    }
}
