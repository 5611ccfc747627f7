using System.Text;
using Corroborate.Fuzz;
using Corroborate.Properties.Generators;
using Corroborate.Reading;

namespace Corroborate.Properties.Support;

/// <summary>Generated documents written to a fresh temp folder (removed on dispose), with the texts the engine decodes from them.</summary>
public sealed class TempCorpus : IDisposable
{
    public TempCorpus(IReadOnlyList<GeneratedDocument> documents)
    {
        Directory.CreateDirectory(Folder);
        Documents = documents;
        Files = [.. documents.Select(d =>
        {
            string path = Path.Combine(Folder, d.Name);
            File.WriteAllBytes(path, d.Bytes);
            return path;
        })];
    }

    public TempCorpus(CorpusSpec spec)
        : this(Renderer.Render(spec))
    {
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "corroborate-props-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyList<GeneratedDocument> Documents { get; }

    /// <summary>The file of each document, in generation order (topic by topic).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The decoded text of every file, by document id (a content hash of the bytes), as the reader decodes it.</summary>
    public Dictionary<string, string> TextByDocumentId()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Files)
        {
            var document = DocumentReader.FromBytes(file, File.ReadAllBytes(file));
            texts.TryAdd(document.Id, document.Text);
        }

        return texts;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>
    /// A corpus as a failing case prints it: each document's name and flags, then its text with invisible
    /// characters escaped (\r, \t, \u200B, …) and one output line per line of the document.
    /// </summary>
    public static string Print(IReadOnlyList<GeneratedDocument> documents)
    {
        var text = new StringBuilder();
        text.Append(documents.Count).Append(" document(s)\n");
        foreach (GeneratedDocument document in documents)
        {
            text.Append("──── ").Append(document.Name).Append(document.Bom ? " (UTF-8 BOM)" : "").Append(" ────\n");
            foreach (string line in document.Text.Split('\n'))
            {
                text.Append("  ");
                foreach (char c in line)
                {
                    text.Append(Invariants.Visible(c));
                }

                text.Append(line.Length > 0 || document.Text.Length == 0 ? "\n" : "⏎\n");
            }
        }

        return text.ToString();
    }

    public static string Print(CorpusSpec spec) => Print(Renderer.Render(spec));
}
