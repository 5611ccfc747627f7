using Corroborate.Model;

namespace Corroborate.Tests.Model;

public class OffsetMapTests
{
    [Fact]
    public void Copied_runs_map_back_and_inserted_text_maps_to_its_anchor()
    {
        const string document = "JUNK\nThe war began in 2022.The talks failed.\nMORE JUNK";
        var builder = new OffsetMapBuilder();
        int start = document.IndexOf("The war", StringComparison.Ordinal);
        int point = document.IndexOf(".The", StringComparison.Ordinal) + 1;
        builder.AppendCopied(document.AsSpan(start, point - start), start);
        builder.AppendInserted(" ", point);
        int end = document.IndexOf("\nMORE", StringComparison.Ordinal);
        builder.AppendCopied(document.AsSpan(point, end - point), point);

        var (text, map) = builder.Build();

        Assert.Equal("The war began in 2022. The talks failed.", text);
        int second = text.IndexOf("The talks", StringComparison.Ordinal);
        var (s, e) = map.ToSource(second, text.Length);
        Assert.Equal("The talks failed.", document[s..e]);
        var (s0, e0) = map.ToSource(0, second - 1);
        Assert.Equal("The war began in 2022.", document[s0..e0]);
    }

    [Fact]
    public void Truncating_drops_runs_past_the_cut()
    {
        var builder = new OffsetMapBuilder();
        builder.AppendCopied("abc", 10);
        builder.AppendCopied("def", 20);
        builder.Truncate(4);
        var (text, map) = builder.Build();
        Assert.Equal("abcd", text);
        Assert.Equal(20, map.ToSource(3));
        Assert.Equal(2, map.RunCount);
    }
}
