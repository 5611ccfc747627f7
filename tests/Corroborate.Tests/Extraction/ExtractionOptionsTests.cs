using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

public class ExtractionOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_are_what_the_parameterless_extractor_uses()
    {
        ExtractionOptions.Default.Validate();
        Assert.Same(ExtractionOptions.Default, new ArticleExtractor().Options);
        Assert.Equal(ExtractionOptions.Default, new ExtractionOptions());
    }

    [Theory]
    [InlineData(nameof(ExtractionOptions.ProseMinStopwordRatio))]
    [InlineData(nameof(ExtractionOptions.CharsPerPoint))]
    [InlineData(nameof(ExtractionOptions.RepeatedLineMinDocuments))]
    [InlineData(nameof(ExtractionOptions.HeadlineMaxWords))]
    [InlineData(nameof(ExtractionOptions.AlignmentWindow))]
    public void An_impossible_value_is_refused_with_the_option_named(string option)
    {
        ExtractionOptions bad = option switch
        {
            nameof(ExtractionOptions.ProseMinStopwordRatio) => new() { ProseMinStopwordRatio = 1.5 },
            nameof(ExtractionOptions.CharsPerPoint) => new() { CharsPerPoint = 0 },
            nameof(ExtractionOptions.RepeatedLineMinDocuments) => new() { RepeatedLineMinDocuments = 1 },
            nameof(ExtractionOptions.HeadlineMaxWords) => new() { HeadlineMinWords = 5, HeadlineMaxWords = 4 },
            _ => new() { AlignmentWindow = -1 },
        };
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(bad.Validate);
        Assert.Equal(option, e.ParamName);
        Assert.Contains(option, e.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => new ArticleExtractor(bad));
    }

    [Fact]
    public void A_ratio_that_is_not_a_number_is_refused()
    {
        Assert.ThrowsAny<ArgumentException>(new ExtractionOptions { LinkBlockMinLinkDensity = double.NaN }.Validate);
    }

    [Fact]
    public void The_prose_thresholds_reach_the_classifier()
    {
        // Every line of the body is a sentence of 15 to 20 words: prose by default, not when prose needs 25 words.
        var strict = new ArticleExtractor(new ExtractionOptions
        {
            ProseMinWords = 25, LongLineMinWords = 25, ForeignProseMinChars = 1000, MultiSentenceMinChars = 1000,
        });
        Assert.NotEmpty(Fixtures.Extract(Fixtures.LibraryBody).Articles);
        ExtractionResult result = strict.Extract(Fixtures.PlainDoc(Fixtures.LibraryBody));
        Assert.Empty(result.Articles);
        Assert.Contains(result.Diagnostics, d => d.Code == "no-article");
    }

    [Fact]
    public void The_teaser_body_threshold_reaches_the_segmenter()
    {
        string page = Fixtures.LibraryBody + "\nNorthline News\n5 minutes ago\nHarbour ferry returns after repairs\n" +
            "The harbour ferry is back in service after three weeks of repairs to its engine, the operator said on Monday.\n";
        Assert.Single(Fixtures.Extract(page).Articles);
        Article[] articles = [.. new ArticleExtractor(new ExtractionOptions { TeaserMinBodyWords = 5 }).Extract(Fixtures.PlainDoc(page)).Articles];
        Assert.Equal(2, articles.Length);
        Assert.Equal("Harbour ferry returns after repairs", articles[1].Title);
    }
}
