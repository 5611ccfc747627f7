using System.CommandLine;
using System.Text.Json;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;
using Corroborate.Storage.Reading;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate export --format jsonl [--out FILE] [--store STORE]</c>: one line per story, in creation order, each
/// the JSON contract of <c>analyze</c> for that story (its documents, articles and the story); then, if any, one
/// line with the documents that yielded no article. Story by story, so memory does not grow with the store.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Export format", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" }.NotBlank();
        var store = StoreOption.Create();
        var command = new Command("export", "Write the whole store, one story per line") { format, output, store };
        command.SetAction(parse => Run(parse.GetValue(output), parse.GetValue(store)));
        return command;
    }

    private static int Run(string? outPath, string? storeValue)
    {
        if (OutputTarget.Check(outPath) is string cannotWrite)
        {
            return CliErrors.Fail(CliErrors.BadOutput, cannotWrite);
        }

        using Store store = StoreOption.Open(storeValue, write: false);
        string? problem = OutputTarget.Write(outPath, stream =>
        {
            foreach (AnalysisResult result in new StoreReports(store, Pipeline.Pipeline.CreateDefault()).Export())
            {
                WriteLine(result, stream);
            }
        });
        return problem is null ? 0 : CliErrors.Fail(CliErrors.BadOutput, problem);
    }

    /// <summary>The report writer indents; a JSONL line is the same JSON re-written compactly, byte for byte the same values.</summary>
    private static void WriteLine(AnalysisResult result, Stream stream)
    {
        using var indented = new MemoryStream();
        JsonReportWriter.Write(result, indented);
        using JsonDocument document = JsonDocument.Parse(indented.ToArray());
        using (var compact = new Utf8JsonWriter(new HtmlSafeJsonStream(stream), new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(compact);
        }

        stream.WriteByte((byte)'\n');
    }
}
