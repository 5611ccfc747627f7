using System.Text;
using Corroborate.Model;
using Corroborate.Reading;

namespace Corroborate.Tests.Reading;

public class DocumentReaderTests
{
    [Fact]
    public void The_same_bytes_get_the_same_id_wherever_they_are()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("A short report.");
        Assert.Equal(DocumentReader.FromBytes("a.txt", bytes).Id, DocumentReader.FromBytes("other/b.txt", bytes).Id);
        Assert.NotEqual(DocumentReader.FromBytes("a.txt", bytes).Id, DocumentReader.FromBytes("a.txt", Encoding.UTF8.GetBytes("A short report!")).Id);
    }

    [Fact]
    public void Html_is_recognized_by_extension_or_by_its_opening()
    {
        Assert.Equal(DocumentFormat.Html, DocumentReader.FromBytes("page.html", Encoding.UTF8.GetBytes("<p>hi</p>")).Format);
        Assert.Equal(DocumentFormat.Html, DocumentReader.FromBytes("page.txt", Encoding.UTF8.GetBytes("  <!DOCTYPE html><html></html>")).Format);
        Assert.Equal(DocumentFormat.PlainText, DocumentReader.FromBytes("page.txt", Encoding.UTF8.GetBytes("Just text <b>with a tag</b>")).Format);
    }

    [Fact]
    public void Binary_and_empty_files_are_errors_not_exceptions()
    {
        Assert.Equal("binary-file", DocumentReader.FromBytes("x.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0]).Diagnostics.Single().Code);
        Assert.Equal("empty-file", DocumentReader.FromBytes("x.txt", []).Diagnostics.Single().Code);
    }

    [Fact]
    public void The_size_limit_holds_while_reading_whatever_size_the_file_claims()
    {
        // A kernel file says it is 0 bytes long and holds more: the reader stops one byte past the limit.
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        RawDocument document = new DocumentReader(new ReaderOptions { MaxFileBytes = 64 }).Read("/proc/self/status");

        Assert.Equal("too-large", Assert.Single(document.Diagnostics).Code);
        Assert.Equal("", document.Text);
    }

    [Fact]
    public void A_device_is_refused_without_being_read()
    {
        RawDocument document = new DocumentReader().Read("/dev/zero");

        Diagnostic problem = Assert.Single(document.Diagnostics);
        Assert.Equal("not-regular-file", problem.Code);
        Assert.Equal("not a regular file (a character device); only regular files are read", problem.Message);
    }

    [Fact]
    public void An_unreadable_path_is_a_diagnostic()
    {
        RawDocument document = new DocumentReader().Read("/no/such/file.txt");
        Assert.Equal("unreadable", document.Diagnostics.Single().Code);
        Assert.Equal("", document.Text);
    }

    [Fact]
    public void Folders_expand_recursively_to_document_files_in_path_order()
    {
        string root = Path.Combine(Path.GetTempPath(), "corroborate-inputs-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "b"));
            File.WriteAllText(Path.Combine(root, "b", "2.txt"), "x");
            File.WriteAllText(Path.Combine(root, "a.html"), "x");
            File.WriteAllText(Path.Combine(root, "notes.pdf"), "x");
            var problems = new List<Diagnostic>();

            var files = InputFiles.Expand([root, Path.Combine(root, "missing")], problems);

            Assert.Equal([Path.Combine(root, "a.html"), Path.Combine(root, "b", "2.txt")], files);
            Assert.Equal("missing-path", problems.Single().Code);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
