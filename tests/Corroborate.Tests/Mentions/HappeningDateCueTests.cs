using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class HappeningDateCueTests
{
    [Fact]
    public void The_cue_nearest_the_date_gives_its_phase()
    {
        // "close" (an ending cue) follows the date further away than "shot" precedes it.
        HappeningDateMention shot = Assert.Single(MentionTexts.Of("The farmer was shot on 14 May 2031 on a track close to his land.").HappeningDates);
        Assert.Equal(HappeningPhase.Held, shot.Phase);
    }

    [Fact]
    public void An_ending_cue_next_to_the_date_still_wins_over_a_farther_start()
    {
        HappeningDateMention ended = Assert.Single(MentionTexts.Of("The festival, which opened with a parade of boats and bands, closed on 9 June 2031.").HappeningDates);
        Assert.Equal(HappeningPhase.End, ended.Phase);
    }

    [Theory]
    [InlineData("The courier was killed on 21 August 2031 as he rode home.")]
    [InlineData("The prize was presented on Saturday, 15 November 2031, at the city hall.")]
    [InlineData("The ceremony on 22 November 2031 drew about 600 guests.")]
    [InlineData("Two suspects were arrested on 3 March 2031 in the port.")]
    public void Crimes_awards_and_ceremonies_bind_their_day(string sentence)
    {
        HappeningDateMention held = Assert.Single(MentionTexts.Of(sentence).HappeningDates);
        Assert.Equal(HappeningPhase.Held, held.Phase);
    }

    [Fact]
    public void A_date_with_no_happening_cue_near_it_is_left_out()
    {
        Assert.Empty(MentionTexts.Of("The report, dated 4 April 2031, runs to ninety pages of tables.").HappeningDates);
    }

    [Fact]
    public void A_dateline_s_day_is_the_filing_day_not_a_happening_s()
    {
        Assert.Empty(MentionTexts.Of("TOLLBY, Oct 17 (Harbour Wire) - The two opposition parties won 248 seats, results showed.").HappeningDates);
    }

    [Fact]
    public void A_reported_future_is_scheduled()
    {
        HappeningDateMention planned = Assert.Single(MentionTexts.Of("Officials said the vaccination drive would begin on Saturday in the port wards.").HappeningDates);
        Assert.Equal(HappeningPhase.Scheduled, planned.Phase);
    }

    [Fact]
    public void A_clause_s_verb_far_before_its_date_still_binds_it()
    {
        HappeningDateMention shot = Assert.Single(MentionTexts.Of("The leader was shot five times on a dirt road in Vila Nova do Campo Alegre on 14 August 2031, weeks after his complaint.").HappeningDates);
        Assert.Equal(new HappeningDateKey(HappeningPhase.Held, "death"), new HappeningDateKey(shot.Phase, shot.Happening));
    }

    [Fact]
    public void A_death_named_by_its_noun_binds_the_day()
    {
        HappeningDateMention first = Assert.Single(MentionTexts.Of("The first death was recorded on 8 May 2031 in the river wards.").HappeningDates);
        Assert.Equal(new HappeningDateKey(HappeningPhase.Held, "death"), new HappeningDateKey(first.Phase, first.Happening));
    }

    [Fact]
    public void A_cue_noun_in_a_compound_names_no_happening() =>
        Assert.Empty(MentionTexts.Of("The death toll rose to 41 on 9 May 2031, officials said.").HappeningDates);

    [Fact]
    public void A_cue_in_another_clause_does_not()
    {
        Assert.Empty(MentionTexts.Of("The mayor, who was shot years ago in a robbery that shocked the small northern town, spoke at length about the budget of the harbour board on 3 May 2031.").HappeningDates);
    }

    [Theory]
    [InlineData("At least 19 people were confirmed dead by Monday morning, officials said.")]
    [InlineData("The bridge stays closed until 9 June 2031 for repairs.")]
    public void A_day_that_bounds_a_span_is_not_a_happening_s_day(string sentence)
    {
        Assert.Empty(MentionTexts.Of(sentence).HappeningDates);
    }
}
