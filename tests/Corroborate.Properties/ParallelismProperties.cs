using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Properties.Generators;
using Corroborate.Properties.Support;
using Corroborate.Reporting;

namespace Corroborate.Properties;

/// <summary>Parallelism is an implementation detail: the stateless stages run on N threads, the indexes have one writer.</summary>
public class ParallelismProperties
{
    private static readonly Pipeline.Pipeline Serial = new PipelineBuilder().WithParallelism(1).Build();
    private static readonly Pipeline.Pipeline Parallel = new PipelineBuilder().WithParallelism(4).Build();

    /// <summary>The same folder analyzed at parallelism 1 and 4 gives the same JSON, byte for byte (and the same Markdown).</summary>
    [Fact]
    public void Parallelism_one_and_four_give_the_same_bytes()
    {
        Property.Check(NewsGen.Corpus(NewsGen.Profile.Any with { MaxTopics = 4 }), 60, TempCorpus.Print, spec =>
        {
            using var corpus = new TempCorpus(spec);
            AnalysisResult serial = Serial.Analyze([corpus.Folder]);
            AnalysisResult parallel = Parallel.Analyze([corpus.Folder]);
            SameBytes("JSON at parallelism 1 (expected) and 4 (actual)", Json(serial), Json(parallel));
            Property.SameText("Markdown at parallelism 1 (expected) and 4 (actual)", Markdown(serial), Markdown(parallel));
        });
    }

    internal static byte[] Json(AnalysisResult result)
    {
        using var buffer = new MemoryStream();
        JsonReportWriter.Write(result, buffer);
        return buffer.ToArray();
    }

    /// <summary>Byte equality; a difference is shown as the first differing line of the two texts.</summary>
    internal static void SameBytes(string what, byte[] expected, byte[] actual)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Property.SameText(what, System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(actual));
            throw new PropertyFailedException($"{what}: the bytes differ ({expected.Length} vs {actual.Length}) though they decode to the same text");
        }
    }

    private static string Markdown(AnalysisResult result)
    {
        using var writer = new StringWriter();
        MarkdownReportWriter.Write(result, writer, showRemoved: true);
        return writer.ToString();
    }
}
