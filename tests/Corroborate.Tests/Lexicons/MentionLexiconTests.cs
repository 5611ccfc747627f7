using Corroborate.Lexicons;
using Corroborate.Model;

namespace Corroborate.Tests.Lexicons;

/// <summary>The lexicons the mentions and corroboration stages read: columns hold what their headers say, with no contradictions.</summary>
public class MentionLexiconTests
{
    [Fact]
    public void Title_flags_are_yes_or_no_and_a_title_the_finder_cannot_read_is_at_least_single_holder()
    {
        var rows = Lexicon.Rows("titles.tsv");
        Assert.All(rows, r => Assert.All(r.Skip(1), flag => Assert.Contains(flag, new[] { "yes", "no" })));
        Assert.All(rows.Where(r => r[2] == "no"), r => Assert.Equal("yes", r[1]));
        Assert.Contains(rows, r => r[0] == "prime minister" && r[1] == "yes");
        Assert.Contains(rows, r => r[0] == "spokesperson" && r[1] == "no");
    }

    [Fact]
    public void Every_happening_verb_names_a_phase()
    {
        Assert.All(Lexicon.Rows("happening-verbs.tsv"), r => Assert.True(ContractNames.TryParse(r[1], out HappeningPhase _), r[1]));
    }

    [Fact]
    public void Time_units_are_positive_minutes_and_grow_with_the_unit()
    {
        var minutes = Lexicon.Rows("time-units.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        Assert.Equal("60", minutes["hour"]);
        Assert.All(minutes.Values, v => Assert.Matches(@"^[0-9]+(\.[0-9]+)?(/[0-9]+)?$", v));
    }

    [Fact]
    public void A_counted_noun_stem_belongs_to_one_class_and_a_news_agency_name_to_one_agency()
    {
        // The first column is the key; the duplicate check over every file rejects a stem or a name listed twice,
        // which is what two classes (or two agencies) for one entry would need.
        Assert.Equal("people", Lexicon.Rows("counted-nouns.tsv").Single(r => r[0] == "resid")[1]);
        Assert.Equal("reuters", Lexicon.Rows("news-agencies.tsv").Single(r => r[0] == "thomson reuters")[1]);
    }
}
