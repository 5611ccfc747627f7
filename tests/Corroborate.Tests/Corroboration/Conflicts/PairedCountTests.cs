using System.Text;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// Two reports that each give one figure for a counted thing, worded too differently for their sentences to align,
/// disagree when the figures differ; evidence that the figures count two things keeps them apart. Run through the
/// whole pipeline, so the real finders read the counts. All text is fictional.
/// </summary>
public class PairedCountTests
{
    private static AnalysisResult Analyze(params (string Name, string Text)[] documents) =>
        AnalyzeFrom(documents.Select(d => (d.Name, d.Text, (string?)null)).ToArray());

    /// <summary>Documents whose source states their outlet (as a feed or a JSONL line would).</summary>
    private static AnalysisResult AnalyzeFrom(params (string Name, string Text, string? Outlet)[] documents)
    {
        PipelineRun run = Corroborate.Pipeline.Pipeline.CreateDefault().Start();
        foreach (var (name, text, outlet) in documents)
        {
            RawDocument document = DocumentReader.FromBytes(name, Encoding.UTF8.GetBytes(text));
            run.Add(outlet is null ? document : document with { Known = new KnownMetadata(Outlet: outlet) });
        }

        return run.Result();
    }

    private static string Report(string title, string outlet, string body) => $"{title}\n{outlet}\n4 June 2031\n\n{body}";

    private const string Verdict =
        "The district court in Omberg convicted former harbour master Teodor Vrana of fraud on Tuesday over a pier that was never built.";

    [Fact]
    public void Reworded_reports_with_one_differing_count_each_conflict()
    {
        AnalysisResult result = Analyze(
            ("a.txt", Report("Harbour master convicted", "Omberg Courier",
                Verdict + " The prosecution, led by the state attorney, presented 17 witnesses in a trial that opened in March 2030. Vrana will appeal.")),
            ("b.txt", Report("Vrana guilty of pier fraud", "Coastline Daily",
                "Teodor Vrana, once the Omberg harbour master, was found guilty of fraud on Tuesday. Over eleven months prosecutors called 21 witnesses, auditors among them. His lawyer said an appeal would follow.")));

        Conflict conflict = Assert.Single(result.Conflicts, c => c.Key is QuantityKey);
        Assert.Equal(ConflictKind.Number, conflict.Kind);
        Assert.Contains(conflict.Claims, c => c.Value == "17");
        Assert.Contains(conflict.Claims, c => c.Value == "21");
    }

    [Fact]
    public void A_source_that_also_gives_the_other_figure_is_not_in_conflict()
    {
        // The second report counts 17 witnesses for the prosecution and 21 in all: the figures are two things.
        AnalysisResult result = Analyze(
            ("a.txt", Report("Harbour master convicted", "Omberg Courier",
                Verdict + " The prosecution, led by the state attorney, presented 17 witnesses in a trial that opened in March 2030. Vrana will appeal.")),
            ("b.txt", Report("Vrana guilty of pier fraud", "Coastline Daily",
                "Teodor Vrana, once the Omberg harbour master, was found guilty of fraud on Tuesday. Prosecutors called 17 witnesses; the court heard 21 witnesses in all. His lawyer said an appeal would follow.")));

        Assert.DoesNotContain(result.Conflicts, c => c.Key is QuantityKey);
    }

    [Fact]
    public void Counts_far_apart_are_two_things_not_one_misstated()
    {
        AnalysisResult result = Analyze(
            ("a.txt", Report("Harbour master convicted", "Omberg Courier",
                Verdict + " The prosecution, led by the state attorney, presented 17 witnesses in a trial that opened in March 2030. Vrana will appeal.")),
            ("b.txt", Report("Vrana guilty of pier fraud", "Coastline Daily",
                "Teodor Vrana, once the Omberg harbour master, was found guilty of fraud on Tuesday. Over eleven months investigators interviewed 170 witnesses, auditors among them. His lawyer said an appeal would follow.")));

        Assert.DoesNotContain(result.Conflicts, c => c.Key is QuantityKey);
    }

    [Fact]
    public void Small_counts_are_too_often_two_groups_to_conflict()
    {
        AnalysisResult result = Analyze(
            ("a.txt", Report("Harbour master convicted", "Omberg Courier",
                Verdict + " The prosecution, led by the state attorney, presented two witnesses in a trial that opened in March 2030. Vrana will appeal.")),
            ("b.txt", Report("Vrana guilty of pier fraud", "Coastline Daily",
                "Teodor Vrana, once the Omberg harbour master, was found guilty of fraud on Tuesday. Over eleven months prosecutors called three witnesses, auditors among them. His lawyer said an appeal would follow.")));

        Assert.DoesNotContain(result.Conflicts, c => c.Key is QuantityKey);
    }

    [Fact]
    public void Tallies_of_a_season_are_many_owners_counts()
    {
        const string Match = "Keldor United beat Marrow Town 3-1 on Saturday to go top of the northern league.";
        AnalysisResult result = Analyze(
            ("a.txt", Report("Keldor go top", "Northern Sport", Match + " Striker Ilan Proft, who has played 16 games since his transfer, scored twice.")),
            ("b.txt", Report("United climb to first", "Valley Sports Desk",
                "Keldor United moved to first place in the northern league with a 3-1 home win over Marrow Town on Saturday. The visitors have lost nine games this season.")));

        Assert.DoesNotContain(result.Conflicts, c => c.Key is QuantityKey);
    }

    [Fact]
    public void One_outlets_two_articles_are_not_two_sources_disagreeing()
    {
        AnalysisResult result = AnalyzeFrom(
            ("a.txt", Report("Harbour master convicted", "Omberg Courier",
                Verdict + " The prosecution, led by the state attorney, presented 17 witnesses in a trial that opened in March 2030. Vrana will appeal."), "Omberg Courier"),
            ("b.txt", Report("Vrana guilty of pier fraud", "Omberg Courier",
                "Teodor Vrana, once the Omberg harbour master, was found guilty of fraud on Tuesday. Over eleven months prosecutors called 21 witnesses, auditors among them. His lawyer said an appeal would follow."), "Omberg Courier"));

        Assert.DoesNotContain(result.Conflicts, c => c.Key is QuantityKey);
    }

    [Fact]
    public void Two_undated_pages_are_not_paired()
    {
        AnalysisResult result = Analyze(
            ("a.txt", "Harbour master convicted\nOmberg Courier\n\n" + Verdict
                + " The prosecution, led by the state attorney, presented 17 witnesses in a trial that opened in March 2030. Vrana will appeal."),
            ("b.txt", "Vrana guilty of pier fraud\nCoastline Daily\n\nTeodor Vrana, once the Omberg harbour master, was found guilty of fraud on Tuesday."
                + " Over eleven months prosecutors called 21 witnesses, auditors among them. His lawyer said an appeal would follow."));

        Assert.DoesNotContain(result.Conflicts, c => c.Key is QuantityKey);
    }

    [Fact]
    public void Counts_of_different_happenings_do_not_conflict()
    {
        const string Blast = "An explosion tore through the Harlen chemical works on Monday night, fire officials said.";
        AnalysisResult result = Analyze(
            ("a.txt", Report("Blast at Harlen works", "Omberg Courier", Blast + " Fourteen workers were killed when the mixing hall collapsed.")),
            ("b.txt", Report("Explosion at chemical plant", "Coastline Daily",
                "Fire crews fought a blaze at the Harlen chemical works after Monday night's explosion. Some 20 workers were injured and taken to the regional hospital.")));

        Assert.DoesNotContain(result.Conflicts, c => c.Key is QuantityKey);
    }
}
