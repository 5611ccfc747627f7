using Corroborate.Model;

namespace Corroborate.Tests.Model;

/// <summary>The one escaping rule for names on stderr and in reports.</summary>
public class PrintableNameTests
{
    [Theory]
    [InlineData("news/a.txt", "news/a.txt")]
    [InlineData("café – 東京 😀.txt", "café – 東京 😀.txt")]
    [InlineData("a\u001b[31mb", @"a\x1b[31mb")]
    [InlineData("line\nforged", @"line\nforged")]
    [InlineData("a\rb\tc\0d\u007fe", @"a\rb\tc\x00d\x7fe")]
    [InlineData("c1\u009bz", @"c1\x9bz")]
    [InlineData("rtl\u202etxt.exe", @"rtl\u202etxt.exe")]
    [InlineData(@"back\slash", @"back\slash")]
    public void Control_characters_become_visible_escapes(string name, string printed) =>
        Assert.Equal(printed, PrintableName.Of(name));

    // Not an InlineData: xUnit serializes theory data through UTF-8, which turns a lone surrogate into U+FFFD.
    [Fact]
    public void A_lone_surrogate_becomes_a_visible_escape() =>
        Assert.Equal(@"lone\ud800", PrintableName.Of("lone\ud800"));
}
