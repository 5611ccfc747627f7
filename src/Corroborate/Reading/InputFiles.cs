using Corroborate.Model;

namespace Corroborate.Reading;

/// <summary>Expands the paths a user gave (files and folders, recursively) into a sorted list of document files.</summary>
public static class InputFiles
{
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".html", ".htm", ".xhtml" };

    /// <summary>Files in ordinal path order (folders contribute their document files); problems with a path are reported, not thrown.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<Diagnostic> problems)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                AddFolder(path, files, problems);
            }
            else
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, "missing-path", $"{path}: no such file or folder"));
            }
        }

        return [.. files];
    }

    private static void AddFolder(string folder, SortedSet<string> files, List<Diagnostic> problems)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            foreach (string file in Directory.EnumerateFiles(folder, "*", options))
            {
                if (DocumentExtensions.Contains(Path.GetExtension(file)))
                {
                    files.Add(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(DiagnosticSeverity.Error, "unreadable-folder", $"{folder}: {e.Message}"));
        }
    }
}
