using System.CommandLine;
using Corroborate.Model;
using Corroborate.Reading;

namespace Corroborate.Cli.Commands;

/// <summary>
/// The PATH... argument of analyze and ingest, and expanding it: problems with paths, the files a folder left out
/// (not a document type) and the named files of other types, each said on stderr.
/// </summary>
internal static class InputPaths
{
    private static readonly string Types = string.Join(", ", InputFiles.DocumentExtensions);

    public static Argument<string[]> Create() => new Argument<string[]>("paths")
    {
        Description = $"Files or folders; a folder is searched recursively for {Types} files, a file named here is read whatever its type",
        Arity = ArgumentArity.OneOrMore,
    }.NotBlank("a path");

    /// <summary>The files to read; what was skipped is one line per folder on stderr, and one line per file with <paramref name="verbose"/>.</summary>
    public static IReadOnlyList<string> Expand(string[] paths, List<Diagnostic> problems, bool verbose, TextWriter? error = null)
    {
        error ??= Console.Error;
        InputSelection selection = InputFiles.Select(paths, problems);
        foreach (Diagnostic problem in problems)
        {
            error.WriteLine($"corroborate: {problem.Message}");
        }

        foreach (SkippedFiles folder in selection.Skipped)
        {
            if (verbose)
            {
                foreach (string file in folder.Files)
                {
                    error.WriteLine($"corroborate: skipped {file}: not a document type ({Types})");
                }
            }

            string count = folder.Files.Count == 1 ? "1 file" : $"{folder.Files.Count} files";
            error.WriteLine($"corroborate: skipped {count} of other types in {folder.Folder} ({Extensions(folder.Extensions)}); folders take {Types}{(verbose ? "" : "; --verbose lists them")}");
        }

        if (selection.OtherTypes.Count == 1 || (verbose && selection.OtherTypes.Count > 0))
        {
            foreach (string file in selection.OtherTypes)
            {
                error.WriteLine($"corroborate: {file}: not a document type ({Types}); read as text or HTML by its content");
            }
        }
        else if (selection.OtherTypes.Count > 1)
        {
            string[] extensions = [.. selection.OtherTypes.Select(static f => Path.GetExtension(f).ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            error.WriteLine($"corroborate: {selection.OtherTypes.Count} files named are not a document type ({Extensions(extensions)}); read as text or HTML by their content; --verbose lists them");
        }

        return selection.Files;
    }

    private static string Extensions(IEnumerable<string> extensions) =>
        string.Join(", ", extensions.Select(static e => e.Length == 0 ? "no extension" : e));
}
