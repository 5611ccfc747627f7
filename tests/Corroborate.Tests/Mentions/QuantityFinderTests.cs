using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class QuantityFinderTests
{
    private static List<QuantityMention> Find(string text)
    {
        var tokens = new SentenceTokens();
        tokens.Load(text, new Sentence(0, text.Length), 0);
        var found = new List<QuantityMention>();
        QuantityFinder.Find(tokens, found);
        return found;
    }

    [Theory]
    [InlineData("Rescuers freed 1,200 trapped miners overnight.", "1,200 trapped miners", "miner", 1200, 1200)]
    [InlineData("At least 45 fishing boats sank in the harbour.", "At least 45 fishing boats", "boat", 45, double.PositiveInfinity)]
    [InlineData("The flood forced about 3,000 residents from their homes.", "about 3,000 residents", "resid", 2700, 3300)]
    [InlineData("Up to 80 volunteers joined the search.", "Up to 80 volunteers", "volunt", 0, 80)]
    [InlineData("Between 200 and 500 ferries use the strait.", "Between 200 and 500 ferries", "ferri", 200, 500)]
    [InlineData("The council approved 420 million euros for the dikes.", "420 million euros", "eur", 420e6, 420e6)]
    [InlineData("The lake rose 2.5 metres in a week.", "2.5 metres", "metr", 2.5, 2.5)]
    [InlineData("Turnout fell by 12 percent this time.", "12 percent", "percent", 12, 12)]
    [InlineData("They signed a 9-point accord at noon.", "9-point accord", "point", 9, 9)]
    [InlineData("The rebels released 300 prisoners of war each.", "300 prisoners of war", "prison", 300, 300)]
    [InlineData("Hundreds of homes lost power.", "Hundreds of homes", "home", 200, 999)]
    public void A_number_is_bound_to_what_it_counts_with_its_qualifier_as_a_range(string text, string phrase, string key, double low, double high)
    {
        QuantityMention found = Assert.Single(Find(text));
        Assert.Equal(phrase, text[found.Start..found.End]);
        Assert.Equal(key, found.CountedKey);
        Assert.Equal(low, found.Range.Low, 3);
        Assert.Equal(high, found.Range.High, 3);
    }

    [Theory]
    [InlineData("The bridge was finished in 2017 after delays.")]
    [InlineData("The vote is on 12 May in the town hall.")]
    [InlineData("Talks resumed on May 14 at the palace.")]
    [InlineData("The session ends at 4 p.m. local time.")]
    [InlineData("Veterans of World War Two gathered at the memorial.")]
    [InlineData("Cases of Covid-19 rose again.")]
    [InlineData("The hearing lasted three hours.")]
    public void Years_dates_times_names_and_durations_are_not_quantities(string text)
    {
        Assert.Empty(Find(text));
    }
}
