using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;

namespace Corroborate.Fuzz;

/// <summary>An invariant broke on a fuzz input: the message lists every problem.</summary>
public sealed class InvariantException(string message) : Exception(message);

/// <summary>
/// The fuzz targets: bytes → <see cref="DocumentReader.FromBytes"/> → the pipeline. A target throws when the
/// engine throws or an invariant breaks; a fuzzer counts either as a crash.
/// </summary>
public static class Targets
{
    // Built on first use, never before the fuzzer has started: instrumented engine code that runs before
    // Fuzzer.OutOfProcess.Run / LibFuzzer.Run set up the coverage map writes to memory that is not there.
    // One thread: the fuzzer runs one input at a time, and coverage feedback must not depend on scheduling.
    private static readonly Lazy<Pipeline.Pipeline> LazyEngine = new(static () => new PipelineBuilder().WithParallelism(1).Build());

    private static Pipeline.Pipeline Engine => LazyEngine.Value;

    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["html"] = Html,
        ["text"] = Text,
        ["pipeline"] = WholePipeline,
    };

    /// <summary>The bytes as an HTML page (the .html extension decides the format): reading, HTML extraction, analysis.</summary>
    public static void Html(byte[] bytes) => Prepare("fuzz.html", bytes);

    /// <summary>The bytes as a plain-text page (unless they start like HTML, as the reader decides for any .txt).</summary>
    public static void Text(byte[] bytes) => Prepare("fuzz.txt", bytes);

    /// <summary>
    /// The whole pipeline on one document (the format sniffed from the bytes): copies, stories, corroboration and
    /// the brief, then every offset and citation of the result.
    /// </summary>
    public static void WholePipeline(byte[] bytes)
    {
        RawDocument document = DocumentReader.FromBytes(LooksLikeHtml(bytes) ? "fuzz.html" : "fuzz.txt", bytes);
        PipelineRun run = Engine.Start();
        run.Add(Engine.Prepare(document));
        AnalysisResult result = run.Result();
        Throw(Invariants.OfResult(result, new Dictionary<string, string>(StringComparer.Ordinal) { [document.Id] = document.Text }));
        using var sink = new MemoryStream();
        Reporting.JsonReportWriter.Write(result, sink);
    }

    private static void Prepare(string path, byte[] bytes)
    {
        RawDocument document = DocumentReader.FromBytes(path, bytes);
        PreparedDocument prepared = Engine.Prepare(document);
        Throw(Invariants.OfPrepared(prepared));
    }

    private static bool LooksLikeHtml(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 256)).IndexOf("<"u8) >= 0;

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvariantException(string.Join(Environment.NewLine, problems.Take(20)));
        }
    }
}
