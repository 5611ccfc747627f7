using System.CommandLine;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Reading;

namespace Corroborate.Cli.Commands;

/// <summary>
/// The PATH... argument of analyze and ingest, and expanding it: problems with paths, the files a folder left out
/// (not a document type), the named files of other types and the files past the run's byte budget, each said on
/// stderr. Every name is printed through <see cref="PrintableName"/>.
/// </summary>
internal static class InputPaths
{
    private static readonly string Types = string.Join(", ", InputFiles.DocumentExtensions);

    public static Argument<string[]> Create() => new Argument<string[]>("paths")
    {
        Description = $"Files or folders; a folder is searched recursively for {Types} files, a file named here is read whatever its type",
        Arity = ArgumentArity.OneOrMore,
    }.NotBlank("a path");

    /// <summary>--max-total-mb: the run's byte budget (<see cref="ReaderOptions.MaxRunBytes"/>), in MB.</summary>
    public static Option<int> BudgetOption() => CliValues.WholeNumber(
        "--max-total-mb",
        "Read at most this many MB of files in one run (counted in path order); the files past it are skipped and named",
        (int)(ReaderOptions.Default.MaxRunBytes / (1024 * 1024)),
        minimum: 1);

    public static ReaderOptions Options(int maxTotalMb) => ReaderOptions.Default with { MaxRunBytes = maxTotalMb * 1024L * 1024 };

    /// <summary>The files to read; what was skipped is one line per folder on stderr, and one line per file with <paramref name="verbose"/>.</summary>
    public static IReadOnlyList<string> Expand(string[] paths, List<Diagnostic> problems, bool verbose, ReaderOptions? options = null, TextWriter? error = null)
    {
        error ??= Console.Error;
        options ??= ReaderOptions.Default;
        InputSelection selection = InputFiles.Select(paths, problems, options);
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
                    error.WriteLine($"corroborate: skipped {PrintableName.Of(file)}: not a document type ({Types})");
                }
            }

            string count = folder.Files.Count == 1 ? "1 file" : $"{folder.Files.Count} files";
            error.WriteLine($"corroborate: skipped {count} of other types in {PrintableName.Of(folder.Folder)} ({Extensions(folder.Extensions)}); folders take {Types}{(verbose ? "" : "; --verbose lists them")}");
        }

        if (selection.OtherTypes.Count == 1 || (verbose && selection.OtherTypes.Count > 0))
        {
            foreach (string file in selection.OtherTypes)
            {
                error.WriteLine($"corroborate: {PrintableName.Of(file)}: not a document type ({Types}); read as text or HTML by its content");
            }
        }
        else if (selection.OtherTypes.Count > 1)
        {
            string[] extensions = [.. selection.OtherTypes.Select(static f => Path.GetExtension(f).ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            error.WriteLine($"corroborate: {selection.OtherTypes.Count} files named are not a document type ({Extensions(extensions)}); read as text or HTML by their content; --verbose lists them");
        }

        if (verbose)
        {
            foreach (RepeatedPath repeat in selection.Repeats)
            {
                error.WriteLine($"corroborate: skipped {PrintableName.Of(repeat.Path)}: the same {(Directory.Exists(repeat.Path) ? "folder" : "file")} as {PrintableName.Of(repeat.SameAs)} (reached again through a link), read once");
            }
        }

        if (selection.OverBudget.Count > 0)
        {
            string budget = (options.MaxRunBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"corroborate: the run's read budget of {budget} MB (--max-total-mb) is reached; {selection.OverBudget.Count} file(s) are skipped:"));
            foreach (string file in selection.OverBudget)
            {
                error.WriteLine($"corroborate: skipped {PrintableName.Of(file)}: past the read budget");
            }
        }

        return selection.Files;
    }

    private static string Extensions(IEnumerable<string> extensions) =>
        string.Join(", ", extensions.Select(static e => e.Length == 0 ? "no extension" : PrintableName.Of(e)));
}
