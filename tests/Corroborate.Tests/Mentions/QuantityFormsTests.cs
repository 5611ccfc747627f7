using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

/// <summary>Currencies written in letters, South Asian magnitudes, fractions and units in two sizes (fictional text).</summary>
public class QuantityFormsTests
{
    private static QuantityMention One(string text) => Assert.Single(MentionTexts.Of(text).Quantities);

    [Theory]
    [InlineData("The council approved a R340 million bridge contract.", 340e6, "zar", "R340 million")]
    [InlineData("The council approved a R3.4 billion bridge contract.", 3.4e9, "zar", "R3.4 billion")]
    [InlineData("The club paid Rs 4.5 crore for the striker.", 45e6, "inr", "Rs 4.5 crore")]
    [InlineData("The club paid Rs60 lakh for the keeper.", 6e6, "inr", "Rs60 lakh")]
    [InlineData("Lenders arranged a $350MM facility for the port.", 350e6, "usd", "$350MM")]
    [InlineData("The mine raised C$2.5bn from investors.", 2.5e9, "cad", "C$2.5bn")]
    [InlineData("The grant of €75m goes to the ferry line.", 75e6, "eur", "€75m")]
    [InlineData("The fund holds EUR 90 million in bonds.", 90e6, "eur", "EUR 90 million")]
    [InlineData("Auditors traced a P48.7 million dike that was never built.", 48.7e6, "peso", "P48.7 million")]
    [InlineData("Bail was set at P180,000 for each accused.", 180e3, "peso", "P180,000")]
    [InlineData("The rupiah closed at Rp16,735 to the dollar.", 16735, "idr", "Rp16,735")]
    [InlineData("Lenders pledged Rp 500 trillion to small firms.", 500e12, "idr", "Rp 500 trillion")]
    [InlineData("The court capped costs at KSh5 million.", 5e6, "kes", "KSh5 million")]
    public void Currencies_in_letters_and_magnitudes(string text, double value, string key, string phrase)
    {
        QuantityMention q = One(text);
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(key, q.CountedKey);
        Assert.Equal(phrase, text[q.Start..q.End]);
    }

    [Fact]
    public void A_lone_letter_and_digits_without_a_magnitude_is_a_code_not_money()
    {
        Assert.DoesNotContain(MentionTexts.Of("Traffic on the R62 slowed after noon.").Quantities, q => q.CountedKey == "zar");
        Assert.DoesNotContain(MentionTexts.Of("The P90 phone ships in June.").Quantities, q => q.CountedKey == "peso");
    }

    [Theory]
    [InlineData("The bank cut its rate by a quarter of a percentage point.", 0.25)]
    [InlineData("The bank cut its rate by half a percentage point.", 0.5)]
    [InlineData("The bank cut its rate by 25 basis points.", 0.25)]
    [InlineData("The bank cut its rate by 0.5 percentage points.", 0.5)]
    [InlineData("The bank cut its rate by three quarters of a percentage point.", 0.75)]
    public void Fractions_and_basis_points_share_one_key(string text, double value)
    {
        QuantityMention q = One(text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal("percentage point", q.CountedKey);
    }

    [Fact]
    public void Magnitude_and_separated_numbers_stay_whole()
    {
        QuantityMention quake = One("A magnitude 6.0 quake shook the valley towns.");
        Assert.Equal(6.0, quake.Value);
        QuantityMention index = One("The index fell 2,029 points in the session.");
        Assert.Equal(2029, index.Value);
    }

    [Fact]
    public void A_percentage_phrase_keeps_its_sign()
    {
        const string text = "Turnout reached 64.12% in the northern districts.";
        QuantityMention q = One(text);
        Assert.Equal("64.12%", text[q.Start..q.End]);
    }

    [Fact]
    public void Over_before_a_sum_that_qualifies_a_noun_is_the_preposition()
    {
        QuantityMention tender = One("The mayor was charged over R340 million tender fraud.");
        Assert.True(tender.Range.IsExact);
        QuantityMention paid = One("The insurer paid over R340 million to the families.");
        Assert.False(paid.Range.IsExact);
    }

    [Fact]
    public void Space_tokenized_numbers_stay_whole()
    {
        Assert.Contains(MentionTexts.Of("The guard now has 2 , 417 points in 96 games .").Quantities, q => q.Value == 2417 && q.CountedKey == "point");
        Assert.DoesNotContain(MentionTexts.Of("A magnitude - 5 . 0 quake can topple walls .").Quantities, q => q.Value == 0);
    }

    [Theory]
    [InlineData("Flaws were proved in 29 of the 37 polling stations.")]
    [InlineData("Flaws were proved in 29 of 37 polling stations.")]
    public void A_part_counts_what_its_whole_counts(string text)
    {
        IReadOnlyList<QuantityMention> stations = MentionTexts.Of(text).Quantities.Where(q => q.CountedKey == "station").ToList();
        Assert.Equal([29.0, 37.0], stations.Select(q => q.Value).OrderBy(v => v));
        Assert.Equal("29", text[stations.Single(q => q.Value == 29).Start..stations.Single(q => q.Value == 29).End]);
    }
}
