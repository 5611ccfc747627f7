using System.Text;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// "Dozens of", "millions of": a vague plural is open from its unit up, so a precise larger figure agrees with it and
/// only a smaller one contradicts it. Run through the whole pipeline, so the real finders read the counts.
/// </summary>
public class VagueCountTests
{
    private static AnalysisResult Analyze(params (string Name, string Text)[] documents)
    {
        PipelineRun run = Corroborate.Pipeline.Pipeline.CreateDefault().Start();
        foreach (var (name, text) in documents)
        {
            run.Add(DocumentReader.FromBytes(name, Encoding.UTF8.GetBytes(text)));
        }

        return run.Result();
    }

    [Fact]
    public void A_precise_figure_above_the_unit_agrees_with_the_vague_plural()
    {
        AnalysisResult result = Analyze(
            ("a.txt", "Orvel desk review\nDesk Review\n2 May 2031\n\nReviewers liked the Orvel desk: its lamp glows in millions of colours and the drawer locks. The frame is oak."),
            ("b.txt", "Orvel launches a lamp desk\nGear Weekly\n2 May 2031\n\nBuilt into the Orvel desk is a lamp with 1.6 million colours, which the maker calls a first. It ships in June."));

        // One count of colours, confirmed by both outlets, and nothing in dispute.
        Fact colours = Assert.Single(result.Facts, f => f.Key is QuantityKey);
        Assert.Equal(2, colours.IndependentSources);
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_figure_below_the_unit_contradicts_the_vague_plural()
    {
        AnalysisResult result = Analyze(
            ("a.txt", "Mine collapse traps miners\nHarbour Post\n2 May 2031\n\nDozens of miners were trapped in the Kell shaft after the collapse on Monday, rescuers said. Families waited at the gate through the night."),
            ("b.txt", "Rescue under way at Kell\nValley Times\n2 May 2031\n\nRescue teams worked through Monday night to reach five miners trapped underground when part of the Kell shaft gave way. The company said ventilation was working."));

        Assert.Equal(ConflictKind.Number, Assert.Single(result.Conflicts).Kind);
    }
}
