using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Reading;

/// <summary>
/// Files and folders (folders searched recursively, <see cref="InputFiles"/>), in path order. Files are read and decoded
/// in parallel, in bounded batches, and yielded in order, each exactly once.
/// </summary>
public sealed class FileSource : IDocumentSource
{
    private readonly List<Diagnostic> _problems = [];

    /// <param name="paths">Files and folders as the user named them.</param>
    public FileSource(IEnumerable<string> paths)
    {
        Files = InputFiles.Expand(paths, _problems);
    }

    private FileSource(IReadOnlyList<string> files)
    {
        Files = files;
    }

    /// <summary>A source over files already expanded (no folder search).</summary>
    public static FileSource OfFiles(IReadOnlyList<string> files) => new(files);

    /// <summary>The files the source will read, in order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Paths that were missing or could not be searched.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    public IEnumerable<RawDocument> Read(DocumentReader reader) =>
        OrderedParallel.Select(Files, reader.Read, Environment.ProcessorCount);
}
