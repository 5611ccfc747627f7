using System.Text;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;
using Corroborate.Reporting;

namespace Corroborate.Tests.Pipeline;

public class PipelineRunTests
{
    private static readonly (string Name, string Text)[] Documents =
    [
        ("a.txt", "Harbour pilots in Kestrel Bay ended their strike on Friday after a pay deal. The union said 300 pilots would return to work on Monday."),
        ("b.txt", "Harbour pilots in Kestrel Bay ended their strike on Friday after a pay deal. The union said 300 pilots would return to work on Monday."),
        ("c.txt", "A new tram line opened in Ostvik on Saturday. The city said the line would carry 20,000 riders a day."),
    ];

    private static RawDocument Raw((string Name, string Text) d) => DocumentReader.FromBytes(d.Name, Encoding.UTF8.GetBytes(d.Text));

    [Fact]
    public void A_batch_is_the_same_as_adding_documents_one_by_one()
    {
        var pipeline = Corroborate.Pipeline.Pipeline.CreateDefault();
        PipelineRun batch = pipeline.Start();
        foreach (PreparedDocument prepared in pipeline.Prepare(Documents.Select(Raw)))
        {
            batch.Add(prepared);
        }

        PipelineRun stream = pipeline.Start();
        foreach (var document in Documents)
        {
            stream.Add(Raw(document));
        }

        Assert.Equal(JsonReportWriter.ToJson(batch.Result()), JsonReportWriter.ToJson(stream.Result()));
    }

    [Fact]
    public void Adding_the_same_bytes_again_changes_nothing()
    {
        var pipeline = Corroborate.Pipeline.Pipeline.CreateDefault();
        PipelineRun run = pipeline.Start();
        run.Add(Raw(Documents[0]));
        run.Add(Raw(Documents[2]));
        int articles = run.ArticleCount;
        int stories = run.Stories.Stories().Count;

        var again = run.Add(Raw(Documents[0]));

        Assert.Empty(again);
        Assert.Equal(articles, run.ArticleCount);
        Assert.Equal(stories, run.Stories.Stories().Count);
        Assert.Equal("duplicate-document", run.Result().Documents[^1].Diagnostics.Single().Code);
    }
}
