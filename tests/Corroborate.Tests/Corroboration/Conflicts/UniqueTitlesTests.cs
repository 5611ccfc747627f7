using Corroborate.Corroboration;
using Corroborate.Model;

namespace Corroborate.Tests.Corroboration.Conflicts;

public class UniqueTitlesTests
{
    [Theory]
    [InlineData("XX", "prime minister", true)]
    [InlineData("XX", "home secretary", true)]
    [InlineData("XX", "press secretary", false)]
    [InlineData("XX", "health cabinet secretary", true)]
    [InlineData("XX", "party secretary", false)]
    [InlineData("XX", "spokesperson", false)]
    [InlineData("EU", "tech chief", true)]
    [InlineData("aldvik harbour authority", "tech chief", false)]
    [InlineData("EU", "competition commissioner", true)]
    [InlineData("aldvik county", "commissioner", false)]
    public void Single_holder_by_lexicon_shape_or_record(string jurisdiction, string title, bool unique) =>
        Assert.Equal(unique, UniqueTitles.IsUnique(new RoleKey(jurisdiction, title)));
}
