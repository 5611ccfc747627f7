using System.Text;
using Corroborate.Cli.Bench;

namespace Corroborate.Storage.Tests.Support;

/// <summary>Fictional documents (the bench's synthetic corpus: stories, exact/near/truncated copies, teasers) written to a temp folder.</summary>
public sealed class Corpus : IDisposable
{
    public Corpus(int articles, int seed = 7)
    {
        Directory.CreateDirectory(Folder);
        foreach (var (name, text) in new SyntheticCorpus(seed).Documents(articles))
        {
            File.WriteAllText(System.IO.Path.Combine(Folder, name), text, new UTF8Encoding(false));
        }

        Files = [.. Directory.GetFiles(Folder).Order(StringComparer.Ordinal)];
    }

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corroborate-corpus-" + Guid.NewGuid().ToString("N"));

    /// <summary>The document files in path order (the order ingest processes them).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>A folder holding a subset of the files (copied), for ingesting in several runs.</summary>
    public string Subset(string name, IEnumerable<string> files)
    {
        string folder = System.IO.Path.Combine(Folder + "-" + name);
        Directory.CreateDirectory(folder);
        foreach (string file in files)
        {
            File.Copy(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)));
        }

        _extra.Add(folder);
        return folder;
    }

    private readonly List<string> _extra = [];

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        foreach (string folder in _extra)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
