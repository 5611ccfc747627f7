using Corroborate.Model;

namespace Corroborate.Reading;

/// <summary>
/// Expands the paths a user gave (files and folders, recursively) into a sorted list of document files.
/// The rule: a folder contributes the files whose extension is a document type (<see cref="DocumentExtensions"/>);
/// its other files are left out and listed in <see cref="InputSelection.Skipped"/>, and hidden files and folders
/// (names starting with '.') are not looked at. A file named on its own is always read, whatever its name: the
/// reader decides text or HTML by extension or content, and refuses binary, empty and oversized files with a
/// diagnostic; when its extension is not a document type it is listed in <see cref="InputSelection.OtherTypes"/>
/// so the caller can say so.
/// </summary>
public static class InputFiles
{
    /// <summary>The extensions a folder is searched for (any case).</summary>
    public static IReadOnlyList<string> DocumentExtensions { get; } = [".txt", ".text", ".htm", ".html", ".xhtml"];

    private static readonly HashSet<string> DocumentExtensionSet = new(DocumentExtensions, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a folder would take this file: its extension is one of <see cref="DocumentExtensions"/>.</summary>
    public static bool IsDocumentType(string path) => DocumentExtensionSet.Contains(Path.GetExtension(path));

    /// <summary>Files in ordinal path order (folders contribute their document files); problems with a path are reported, not thrown.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<Diagnostic> problems) => Select(paths, problems).Files;

    /// <summary>
    /// <see cref="Expand"/>, and what it left out of each folder and which named files are not of a document type.
    /// Neither of those is a problem with a document, so neither is added to <paramref name="problems"/>.
    /// </summary>
    public static InputSelection Select(IEnumerable<string> paths, List<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(problems);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var skipped = new List<SkippedFiles>();
        var otherTypes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
                if (!IsDocumentType(path))
                {
                    otherTypes.Add(path);
                }
            }
            else if (Directory.Exists(path))
            {
                var others = new SortedSet<string>(StringComparer.Ordinal);
                AddFolder(path, files, others, problems);
                skipped.Add(new SkippedFiles(path, [.. others]));
            }
            else
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, "missing-path", $"{path}: no such file or folder"));
            }
        }

        // A file named on its own and also found in a folder given beside it is read, so it is not "skipped".
        SkippedFiles[] left = [.. skipped
            .Select(s => s with { Files = [.. s.Files.Where(f => !files.Contains(f))] })
            .Where(static s => s.Files.Count > 0)];
        return new InputSelection([.. files], left, [.. otherTypes]);
    }

    private static void AddFolder(string folder, SortedSet<string> files, SortedSet<string> skipped, List<Diagnostic> problems)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            foreach (string file in Directory.EnumerateFiles(folder, "*", options))
            {
                if (IsDocumentType(file))
                {
                    files.Add(file);
                }
                else
                {
                    skipped.Add(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(DiagnosticSeverity.Error, "unreadable-folder", $"{folder}: {e.Message}"));
        }
    }
}

/// <summary>What <see cref="InputFiles.Select"/> found.</summary>
/// <param name="Files">The files to read, in ordinal path order.</param>
/// <param name="Skipped">Per folder given (in the order given), its files that are not of a document type, in path order.</param>
/// <param name="OtherTypes">Files named on their own whose extension is not a document type (they are read all the same).</param>
public sealed record InputSelection(IReadOnlyList<string> Files, IReadOnlyList<SkippedFiles> Skipped, IReadOnlyList<string> OtherTypes);

/// <summary>The files of one given folder that were left out because their extension is not a document type.</summary>
public sealed record SkippedFiles(string Folder, IReadOnlyList<string> Files)
{
    /// <summary>The distinct extensions of the skipped files, lower case and sorted ("" for files without one).</summary>
    public IReadOnlyList<string> Extensions =>
        [.. Files.Select(static f => Path.GetExtension(f).ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
