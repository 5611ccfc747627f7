using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class QuoteFinderTests
{
    [Theory]
    [InlineData("“We will not sign this,” Ada Quist said.", "Ada Quist")]
    [InlineData("\"We will not sign this,\" said Ada Quist.", "Ada Quist")]
    [InlineData("According to Ada Quist, “the port is closed”.", "Ada Quist")]
    [InlineData("Ada Quist told reporters: “The port is closed.”", "Ada Quist")]
    [InlineData("Ada Quist met the mayor. “The port is closed,” she said.", "Ada Quist")]
    [InlineData("Critics called it ‘a very bad deal’ on Friday.", null)]
    public void Quotes_and_speakers(string text, string? speaker)
    {
        QuoteMention quote = Assert.Single(MentionTexts.Of(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
        Assert.DoesNotContain(text[quote.Start..quote.End], "\"“”");
    }

    [Fact]
    public void Short_single_quoted_words_are_not_quotes() => Assert.Empty(MentionTexts.Of("The so-called ‘deal’ failed.").Quotes);
}
