using Corroborate.Fuzz;
using Corroborate.Model;
using Corroborate.Properties.Generators;
using Corroborate.Properties.Support;
using Corroborate.Reporting;

namespace Corroborate.Properties;

/// <summary>Offsets and citations on generated corpora (plain text and HTML, unicode, furniture, hostile lines), through the batch `analyze` path.</summary>
public class OffsetProperties
{
    private static readonly Pipeline.Pipeline Engine = Pipeline.Pipeline.CreateDefault();

    /// <summary>
    /// Articles, removed blocks, repairs, sentence spans and every citation (facts, conflict claims, office checks,
    /// differences, story and event briefs, timeline leads) lie inside the decoded document text with start ≤ end;
    /// every citation's sentence is the document's text at [start, end) ignoring whitespace; and every citation of a
    /// story cites one of that story's articles.
    /// </summary>
    [Fact]
    public void Every_offset_lies_inside_its_document_and_every_citation_quotes_it()
    {
        int citations = 0;
        Property.Check(NewsGen.Corpus(NewsGen.Profile.Any), 100, TempCorpus.Print, spec =>
        {
            using var corpus = new TempCorpus(spec);
            AnalysisResult result = Engine.Analyze([corpus.Folder]);
            Property.NoProblems("offsets and citations", Invariants.OfResult(result, corpus.TextByDocumentId()));
            Interlocked.Add(ref citations, result.Stories.Sum(static p => Invariants.Citations(p).Count()));
        });

        // The generator must give the checks something to check: stories with facts, briefs and timelines.
        Assert.True(citations > 100, $"only {citations} citations in all the generated corpora");
    }

    /// <summary>
    /// What the project's scorer (shared/eval/verbatim.py) checks, mirrored on the JSON the report writer gives:
    /// every citation object in the JSON matches the file on disk as Python decodes it.
    /// </summary>
    [Fact]
    public void Every_citation_in_the_json_passes_the_scorers_verbatim_check()
    {
        int checkedCitations = 0;
        Property.Check(NewsGen.Corpus(NewsGen.Profile.Any), 100, TempCorpus.Print, spec =>
        {
            using var corpus = new TempCorpus(spec);
            AnalysisResult result = Engine.Analyze([corpus.Folder]);
            var (problems, count) = ScorerVerbatim.Check(JsonReportWriter.ToJson(result));
            Property.NoProblems("citations not verbatim (verbatim.py)", problems);
            Interlocked.Add(ref checkedCitations, count);
        });

        Assert.True(checkedCitations > 100, $"only {checkedCitations} citations were checked in all the generated corpora");
    }

    /// <summary>A citation is a sentence of its article, so it lies inside the article's span of the document.</summary>
    [Fact]
    public void Every_citation_lies_inside_its_articles_span()
    {
        Property.Check(NewsGen.Corpus(NewsGen.Profile.Any), 60, TempCorpus.Print, spec =>
        {
            using var corpus = new TempCorpus(spec);
            AnalysisResult result = Engine.Analyze([corpus.Folder]);
            var problems = Invariants.OfResult(result, corpus.TextByDocumentId(), citationsInsideArticle: true);
            Property.NoProblems("citations outside their article", problems);
        });
    }
}
