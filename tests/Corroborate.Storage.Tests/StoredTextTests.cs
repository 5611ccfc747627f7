using System.Text;
using System.Text.Json;
using Corroborate.Storage.Sql;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>A document is stored with every character of its decoded text, NUL included, on both backends.</summary>
public abstract class StoredTextTests<T> : IDisposable
    where T : StoreTarget, new()
{
    private readonly T _target = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corroborate-nul-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_document_with_a_nul_after_its_first_4096_bytes_exports_every_article_that_analyze_finds()
    {
        // The binary sniffer looks at the first 4,096 bytes only, so such a document is read as text with its NUL.
        string text = TeaserPage(nulInTeaser: 3);
        Assert.True(Encoding.UTF8.GetByteCount(text[..text.IndexOf('\0', StringComparison.Ordinal)]) > 4096);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "page.txt"), text, new UTF8Encoding(false));

        var analyzed = CorroborateProcess.Run("analyze", _folder, "--format", "json");
        var ingested = CorroborateProcess.Run("ingest", _folder, "--store", _target.Argument);
        var exported = CorroborateProcess.Run("export", "--format", "jsonl", "--store", _target.Argument);

        Assert.Equal(0, analyzed.ExitCode);
        Assert.Equal(0, ingested.ExitCode);
        Assert.Equal(0, exported.ExitCode);
        var expected = Articles(analyzed.Stdout);
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, exported.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(Articles).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("not-rederived", exported.Stdout, StringComparison.Ordinal);

        using Store store = _target.OpenReader();
        string id = Assert.Single(store.DocumentIds());
        Assert.Equal(text, Assert.Single(store.Documents([id])).Text);
    }

    /// <summary>An aggregator page of five teasers, each its own article; a NUL inside the body of one of them.</summary>
    internal static string TeaserPage(int nulInTeaser)
    {
        string[] outlets = ["Valley Herald", "Osk Courier", "Northern Post", "Hollin Times", "Greywater Gazette"];
        string[] headlines =
        [
            "Marrowby council votes to rebuild the stone bridge", "Greywater Bakeries buys its rival Sunloaf",
            "Teenager from Hollin wins the junior chess title", "Dockworkers at Tarn harbour end their strike",
            "Osk valley railway reopens after the floods",
        ];
        var page = new StringBuilder("Related Articles\n");
        for (int i = 0; i < outlets.Length; i++)
        {
            string body = string.Join(' ', Enumerable.Range(0, 12).Select(j => $"Sentence {j} about {headlines[i].ToLowerInvariant()} tells what officials in the valley said on Tuesday."));
            if (i == nulInTeaser)
            {
                body = body[..200] + "\0" + body[200..];
            }

            page.Append($"{outlets[i]}\n{5 + i} minutes ago\n- {outlets[i]}\n{headlines[i]}\n{body}\n");
        }

        return page.ToString();
    }

    /// <summary>Each article of a JSON result as "id start-end words".</summary>
    private static List<string> Articles(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("articles").EnumerateArray()
            .Select(static a => $"{a.GetProperty("id").GetString()} {a.GetProperty("start").GetInt32()}-{a.GetProperty("end").GetInt32()} {a.GetProperty("words").GetInt32()}")
            .Order(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        _target.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteStoredTextTests : StoredTextTests<SqliteTarget>;

public sealed class PostgresStoredTextTests : StoredTextTests<PostgresTarget>;

/// <summary>The escaping itself: reversible for every text, and the identity for texts without NUL.</summary>
public sealed class StoredTextEscapingTests
{
    [Fact]
    public void Texts_are_stored_as_they_are_unless_they_hold_a_nul_or_begin_with_the_marker()
    {
        foreach (string text in new[] { "", "plain words", "\uFDD0 alone", "a\0b", "\0", "\uFDD1 first", "\uFDD0\0\uFDD1\uFDD0\uFDD0\0", "end\uFDD0" })
        {
            Assert.Equal(text, StoredText.Read(StoredText.Write(text)));
            Assert.DoesNotContain('\0', StoredText.Write(text));
        }

        Assert.Equal("plain words", StoredText.Write("plain words"));
        Assert.Equal("\uFDD0 alone", StoredText.Write("\uFDD0 alone"));
    }
}
