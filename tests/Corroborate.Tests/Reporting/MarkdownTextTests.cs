using System.Text;
using Corroborate.Reporting;

namespace Corroborate.Tests.Reporting;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Fish & chips", "Fish &amp; chips")]
    [InlineData("[notice](javascript:alert(1))", "\\[notice\\](javascript:alert(1))")]
    [InlineData("a *bold* _claim_ `code` | cell \\ end", "a \\*bold\\* \\_claim\\_ \\`code\\` \\| cell \\\\ end")]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("Rank #1", "Rank #1")]
    [InlineData("line one\nline two\tend", "line one line two end")]
    [InlineData("red\u001b[31m text", "red\\u001B\\[31m text")]
    [InlineData("abc\u202Efed", "abc\\u202Efed")]
    [InlineData("Zoë’s café — 40 km", "Zoë’s café — 40 km")]
    public void Source_text_is_shown_and_never_rendered(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Theory]
    [InlineData("news/a.txt", "`news/a.txt`")]
    [InlineData("a`b.txt", "``a`b.txt``")]
    [InlineData("`x``", "``` `x`` ```")]
    [InlineData("bad\nname\u001b.txt", "`bad name\\u001B.txt`")]
    public void A_code_span_cannot_be_closed_early_by_its_text(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Code(text));

    [Fact]
    public void Text_with_nothing_to_escape_comes_back_as_the_same_string()
    {
        string text = new StringBuilder("The pier reopens in spring, the board said.").ToString();
        Assert.Same(text, MarkdownText.Escape(text));
    }
}
