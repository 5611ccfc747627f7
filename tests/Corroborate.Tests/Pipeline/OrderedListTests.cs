using Corroborate.Pipeline;

namespace Corroborate.Tests.Pipeline;

public sealed class OrderedListTests
{
    private abstract class Part;

    private sealed class A : Part;

    private sealed class B : Part;

    private sealed class C : Part;

    private static string Names(OrderedList<Part> list) => string.Join(",", list.Select(p => p.GetType().Name));

    [Fact]
    public void Parts_are_placed_relative_to_a_type()
    {
        var list = new OrderedList<Part>([new A(), new C()]);

        list.InsertBefore<C>(new B());
        Assert.Equal("A,B,C", Names(list));

        list.InsertAfter<C>(new A());
        Assert.Equal("A,B,C,A", Names(list));

        list.Replace<B>(new C());
        Assert.Equal("A,C,C,A", Names(list));

        Assert.True(list.Remove<A>());
        Assert.Equal("C,C,A", Names(list));
        Assert.False(list.Remove<B>());
    }

    [Fact]
    public void Addressing_a_missing_type_says_which()
    {
        var list = new OrderedList<Part>([new A()]);
        var error = Assert.Throws<InvalidOperationException>(() => list.InsertBefore<B>(new C()));
        Assert.Contains("no B", error.Message, StringComparison.Ordinal);
    }
}
