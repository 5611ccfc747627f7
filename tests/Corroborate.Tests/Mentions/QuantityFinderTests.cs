using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class QuantityFinderTests
{
    private static QuantityMention One(string text) => Assert.Single(MentionTexts.Of(text).Quantities);

    [Fact]
    public void Counted_noun_and_key()
    {
        QuantityMention q = One("Both sides agreed to swap 1,000 prisoners of war each.");
        Assert.Equal(1000, q.Value);
        Assert.Equal("prisoners of war", q.Counted);
        Assert.Equal("prison", q.CountedKey);
        Assert.True(q.Range.IsExact);

        q = One("They returned the bodies of 12,000 dead soldiers.");
        Assert.Equal("dead soldiers", q.Counted);
        Assert.Equal("soldier", q.CountedKey);
    }

    [Theory]
    [InlineData("They demand at least 339 Valdish children back.", 339, double.PositiveInfinity, "child")]
    [InlineData("It fired more than 479 drones overnight.", 480, double.PositiveInfinity, "drone")]
    [InlineData("The town has about 1,200 residents.", 1080, 1320, "resid")]
    [InlineData("The town has nearly 1,000 residents.", 900, 1000, "resid")]
    [InlineData("The hall holds up to 500 guests.", 0, 500, "guest")]
    [InlineData("The hall holds fewer than 500 guests.", 0, 500, "guest")]
    [InlineData("The airline ordered between 200 and 500 planes.", 200, 500, "plane")]
    [InlineData("Dozens of miners were trapped.", 12, double.PositiveInfinity, "miner")]
    [InlineData("The screen shows millions of colours.", 1e6, double.PositiveInfinity, "colour")]
    public void Qualifiers_give_ranges(string text, double low, double high, string key)
    {
        QuantityMention q = One(text);
        Assert.Equal(low, q.Range.Low, 6);
        Assert.Equal(high, q.Range.High);
        Assert.Equal(key, q.CountedKey);
    }

    [Theory]
    [InlineData("The water rose 6.4 metres.", 6.4, "metr")]
    [InlineData("Prices rose 30 percent.", 30, "percent")]
    [InlineData("Prices rose 30 per cent.", 30, "percent")]
    [InlineData("Prices rose 30% in spring.", 30, "percent")]
    [InlineData("The bank lent 420 million euros.", 420e6, "eur")]
    [InlineData("The bank lent €420m to the port.", 420e6, "eur")]
    [InlineData("The fund raised $3 billion.", 3e9, "usd")]
    [InlineData("They signed a 12-point declaration.", 12, "point declar")]
    [InlineData("They sent twelve inspectors.", 12, "inspector")]
    [InlineData("They sent a dozen inspectors.", 12, "inspector")]
    public void Units_currencies_hyphens_and_words(string text, double value, string key)
    {
        QuantityMention q = One(text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(key, q.CountedKey);
    }

    [Theory]
    [InlineData("The gauge recorded 318mm of rain overnight.", 318, "mm", "318mm")]
    [InlineData("The plant's 1,100MW turbines were idle.", 1100, "mw", "1,100MW")]
    [InlineData("The dam adds 1,600 megawatts to the grid.", 1600, "mw", "1,600 megawatts")]
    [InlineData("A magnitude 6.8 earthquake struck before dawn.", 6.8, "magnitude", "magnitude 6.8")]
    [InlineData("Forecasters said a Category 4 storm was coming.", 4, "category", "Category 4")]
    public void Glued_units_and_readings_on_a_scale(string text, double value, string key, string phrase)
    {
        QuantityMention q = One(text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(key, q.CountedKey);
        Assert.Equal(phrase, text[q.Start..q.End]);
    }

    [Fact]
    public void A_comma_against_a_day_separates_two_numbers()
    {
        QuantityMention q = One("On May 5, 200 protesters marched to the square.");
        Assert.Equal(200, q.Value);
        Assert.Equal("protest", q.CountedKey);
    }

    [Fact]
    public void Hundreds_of_is_open_from_one_hundred()
    {
        QuantityMention q = One("Hundreds of protesters gathered.");
        Assert.Equal(new ValueRange(100, double.PositiveInfinity), q.Range);
    }

    [Theory]
    [InlineData("The war began in 2022 and ended in 2024.")]
    [InlineData("They met on 12 May and again on May 14, in Oslo.")]
    [InlineData("The vote closes at 4 p.m. on Friday.")]
    [InlineData("The vote closes at 16:30 on Friday.")]
    [InlineData("He finished 3rd in the race.")]
    [InlineData("The G20 summit was delayed by Covid-19 rules.")]
    [InlineData("It was the worst since World War Two, officials said.")]
    [InlineData("Call 5551234567 for details.")]
    [InlineData("The talks lasted three hours.")]
    public void Not_quantities(string text) => Assert.Empty(MentionTexts.Of(text).Quantities);
}
