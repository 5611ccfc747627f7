using System.CommandLine;
using System.Text;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;
using Corroborate.Storage.Reading;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate show STORY|ARTICLE [--format json|markdown] [--out FILE] [--store STORE]</c>: a story with all its
/// articles, or one article with its story, in the same JSON contract (and Markdown report) as <c>analyze</c>.
/// </summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A story id (S…) or an article id" }.NotBlank("the story or article id");
        var format = new Option<string>("--format") { Description = "Report format", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" }.NotBlank();
        var store = StoreOption.Create();
        var command = new Command("show", "Print one stored story or article as a report") { id, format, output, store };
        command.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(store)));
        return command;
    }

    private static int Run(string id, string format, string? outPath, string? storeValue)
    {
        if (OutputTarget.Check(outPath) is string cannotWrite)
        {
            return CliErrors.Fail(CliErrors.BadOutput, cannotWrite);
        }

        using Store store = StoreOption.Open(storeValue, write: false);
        AnalysisResult? result = new StoreReports(store, Pipeline.Pipeline.CreateDefault()).Show(id);
        if (result is null)
        {
            return CliErrors.Fail(CliErrors.NothingAnalyzed, $"no story or article '{id}' in {store.Location.Display}");
        }

        string? problem = OutputTarget.Write(outPath, stream =>
        {
            if (format == "json")
            {
                JsonReportWriter.Write(result, stream);
                stream.WriteByte((byte)'\n');
            }
            else
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                MarkdownReportWriter.Write(result, writer);
            }
        });
        return problem is null ? 0 : CliErrors.Fail(CliErrors.BadOutput, problem);
    }
}
