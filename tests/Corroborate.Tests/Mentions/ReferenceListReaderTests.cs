using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class ReferenceListReaderTests
{
    [Fact]
    public void Outlets_are_read_from_removed_reference_lines()
    {
        const string document = "Body of the article.\n[1] Ferry talks stall again - The Harbour Post\n[2] Port strike ends (Valley Times, 2031)\n[3] https://www.northwire.example/story/12\n";
        int start = document.IndexOf('[', StringComparison.Ordinal);
        var article = new Article("a", "d", "d.txt", 0, 0, 20, null, null, null, "Body of the article.", false,
            [new RemovedBlock(start, document.Length, "references", "reference list")], [], OffsetMap.Identity(0, 20));

        Assert.Equal(["The Harbour Post", "Valley Times", "northwire.example"], ReferenceListReader.Outlets(article, document));
    }

    [Fact]
    public void Other_removed_blocks_are_not_references()
    {
        const string document = "Body.\nShare this - Facebook\n";
        var article = new Article("a", "d", "d.txt", 0, 0, 5, null, null, null, "Body.", false,
            [new RemovedBlock(6, document.Length, "share", "share buttons")], [], OffsetMap.Identity(0, 5));

        Assert.Empty(ReferenceListReader.Outlets(article, document));
    }
}
