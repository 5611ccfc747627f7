using Corroborate.Text;

namespace Corroborate.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Splits_at_sentence_ends_followed_by_a_capital()
    {
        Assert.Equal(["The mayor spoke.", "Then she left!", "Why?"], Split("The mayor spoke. Then she left! Why?"));
    }

    [Fact]
    public void Keeps_abbreviations_initials_acronyms_and_decimals_inside_a_sentence()
    {
        string text = "Dr. Ana Ruiz met U.S. envoys at 3.5 p.m. on Friday. J. Smith was there too.";
        Assert.Equal(["Dr. Ana Ruiz met U.S. envoys at 3.5 p.m. on Friday.", "J. Smith was there too."], Split(text));
    }

    [Fact]
    public void Keeps_closing_quotes_with_their_sentence_and_breaks_at_line_ends()
    {
        string text = "\u201cWe will return.\u201d She nodded.\nA new line";
        Assert.Equal(["\u201cWe will return.\u201d", "She nodded.", "A new line"], Split(text));
    }
}
