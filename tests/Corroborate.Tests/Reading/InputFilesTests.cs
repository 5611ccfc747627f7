using Corroborate.Model;
using Corroborate.Reading;

namespace Corroborate.Tests.Reading;

/// <summary>The input rule: folders give their document types and list the rest; named files are always read.</summary>
public sealed class InputFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "corroborate-inputs-" + Guid.NewGuid().ToString("N"));

    public InputFilesTests()
    {
        foreach (string name in new[] { "a.txt", "b.TEXT", "c.htm", "d.Html", "e.xhtml", "gold.json", "notes.md", "page.html.gz", "README", ".hidden.txt", "sub/f.txt", "sub/g.pdf", ".git/h.txt" })
        {
            string path = Path.Combine(_root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string At(string name) => Path.Combine(_root, name);

    [Fact]
    public void A_folder_gives_its_document_types_and_lists_the_rest_by_folder()
    {
        var problems = new List<Diagnostic>();

        InputSelection selection = InputFiles.Select([_root], problems);

        Assert.Equal([At("a.txt"), At("b.TEXT"), At("c.htm"), At("d.Html"), At("e.xhtml"), At("sub/f.txt")], selection.Files);
        SkippedFiles skipped = Assert.Single(selection.Skipped);
        Assert.Equal(_root, skipped.Folder);
        Assert.Equal([At("README"), At("gold.json"), At("notes.md"), At("page.html.gz"), At("sub/g.pdf")], skipped.Files);
        Assert.Equal(["", ".gz", ".json", ".md", ".pdf"], skipped.Extensions);
        Assert.Empty(selection.OtherTypes);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_named_file_is_read_whatever_its_type_and_listed_when_of_another_type()
    {
        var problems = new List<Diagnostic>();

        InputSelection selection = InputFiles.Select([At("notes.md"), At("a.txt"), At("README")], problems);

        Assert.Equal([At("README"), At("a.txt"), At("notes.md")], selection.Files);
        Assert.Equal([At("README"), At("notes.md")], selection.OtherTypes);
        Assert.Empty(selection.Skipped);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_file_named_beside_its_folder_is_read_once_and_not_called_skipped()
    {
        InputSelection selection = InputFiles.Select([At("sub"), At("sub/g.pdf")], []);

        Assert.Equal([At("sub/f.txt"), At("sub/g.pdf")], selection.Files);
        Assert.Empty(selection.Skipped);
        Assert.Equal([At("sub/g.pdf")], selection.OtherTypes);
    }

    [Fact]
    public void Expand_is_the_files_of_Select_and_a_missing_path_is_the_only_problem()
    {
        var problems = new List<Diagnostic>();
        Assert.Equal(InputFiles.Select([_root], []).Files, InputFiles.Expand([_root, At("missing")], problems));
        Assert.Equal("missing-path", Assert.Single(problems).Code);
    }

    [Fact]
    public void An_unreadable_subfolder_is_a_problem_not_silence()
    {
        // The listing fails where the OS would refuse it (a mode-000 folder when not root); the rest is still found.
        var problems = new List<Diagnostic>();
        IEnumerable<string> List(string folder) => folder == At("sub")
            ? throw new UnauthorizedAccessException("denied")
            : Directory.EnumerateFileSystemEntries(folder).Select(static e => Path.GetFileName(e));

        InputSelection selection = InputFiles.Select([_root], problems, ReaderOptions.Default, List);

        Assert.DoesNotContain(At("sub/f.txt"), selection.Files);
        Assert.Contains(At("a.txt"), selection.Files);
        Diagnostic problem = Assert.Single(problems);
        Assert.Equal("unreadable-folder", problem.Code);
        Assert.Equal($"{At("sub")}: cannot read the folder (permission denied); its files are not read", problem.Message);
    }

    [Fact]
    public void A_fifo_is_left_out_with_a_problem_found_without_opening_it()
    {
        string fifo = At("sub/pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var problems = new List<Diagnostic>();

        InputSelection selection = InputFiles.Select([_root, fifo], problems);

        Assert.DoesNotContain(fifo, selection.Files);
        Assert.Equal(["not-regular-file", "not-regular-file"], problems.Select(static p => p.Code));
        Assert.All(problems, p => Assert.Contains("(a named pipe)", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Links_are_followed_once_per_real_folder_and_file()
    {
        Directory.CreateSymbolicLink(At("sub/up"), "..");
        File.CreateSymbolicLink(At("also-a.txt"), "a.txt");

        InputSelection selection = InputFiles.Select([_root], []);

        Assert.Equal([At("a.txt"), At("b.TEXT"), At("c.htm"), At("d.Html"), At("e.xhtml"), At("sub/f.txt")], selection.Files);
        Assert.Equal([new RepeatedPath(At("also-a.txt"), At("a.txt")), new RepeatedPath(At("sub/up"), _root)], selection.Repeats);
    }

    [Fact]
    public void The_run_budget_reads_a_prefix_of_the_path_order()
    {
        File.WriteAllText(At("a.txt"), new string('x', 600));
        File.WriteAllText(At("c.htm"), new string('x', 10));

        InputSelection selection = InputFiles.Select([_root], [], new ReaderOptions { MaxRunBytes = 605 });

        Assert.Equal([At("a.txt"), At("b.TEXT")], selection.Files);
        Assert.Equal([At("c.htm"), At("d.Html"), At("e.xhtml"), At("sub/f.txt")], selection.OverBudget);
    }

    [Theory]
    [InlineData("x.txt", true)]
    [InlineData("x.TXT", true)]
    [InlineData("x.text", true)]
    [InlineData("x.htm", true)]
    [InlineData("x.html", true)]
    [InlineData("x.xhtml", true)]
    [InlineData("x.html.gz", false)]
    [InlineData("x.md", false)]
    [InlineData("x", false)]
    public void Document_types_go_by_extension_in_any_case(string name, bool expected) =>
        Assert.Equal(expected, InputFiles.IsDocumentType(name));
}
