using System.CommandLine;
using System.Text;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;
using Corroborate.Reporting;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate analyze PATH... [--format markdown|json] [--out FILE] [--show-removed] [--verbose] [--max-total-mb N]</c></summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = InputPaths.Create();
        var format = new Option<string>("--format") { Description = "Report format", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" }.NotBlank();
        var showRemoved = new Option<bool>("--show-removed") { Description = "List the removed and repaired spans of each article (Markdown)" };
        var verbose = new Option<bool>("--verbose") { Description = "List on stderr each file a folder skipped (not a document type, or reached again through a link)" };
        var budget = InputPaths.BudgetOption();

        var command = new Command("analyze", "Extract articles, find copies, cluster stories and events; print a report") { paths, format, output, showRemoved, verbose, budget };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(showRemoved), parse.GetValue(verbose), parse.GetValue(budget)));
        return command;
    }

    private static int Run(string[] paths, string format, string? outPath, bool showRemoved, bool verbose, int maxTotalMb)
    {
        // A report that cannot be written is found out before the analysis, not after it.
        if (OutputTarget.Check(outPath) is string cannotWrite)
        {
            return CliErrors.Fail(CliErrors.BadOutput, cannotWrite);
        }

        var problems = new List<Diagnostic>();
        IReadOnlyList<string> files = InputPaths.Expand(paths, problems, verbose, InputPaths.Options(maxTotalMb));
        if (files.Count == 0)
        {
            return CliErrors.Fail(CliErrors.NothingAnalyzed, "no documents to analyze (.txt or .html files)");
        }

        Pipeline.Pipeline pipeline = Pipeline.Pipeline.CreateDefault();
        AnalysisResult result = ProgressReporter.Run("analyzing", files.Count, progress => pipeline.Analyze(files, problems, progress));

        foreach (DocumentReport document in result.Documents)
        {
            foreach (Diagnostic diagnostic in document.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                Console.Error.WriteLine($"corroborate: {PrintableName.Of(document.Path)}: {diagnostic.Message}");
            }
        }

        string? writeProblem = OutputTarget.Write(outPath, stream =>
        {
            if (format == "json")
            {
                JsonReportWriter.Write(result, stream);
                stream.WriteByte((byte)'\n');
            }
            else
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                MarkdownReportWriter.Write(result, writer, showRemoved);
            }
        });
        if (writeProblem is not null)
        {
            return CliErrors.Fail(CliErrors.BadOutput, writeProblem);
        }

        return result.AnythingAnalyzed ? 0 : CliErrors.Fail(CliErrors.NothingAnalyzed, "none of the documents could be analyzed");
    }
}
