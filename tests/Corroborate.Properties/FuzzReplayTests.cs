using Corroborate.Fuzz;

namespace Corroborate.Properties;

/// <summary>The fuzz harness in CI: its seed corpus (and any finding kept as a regression) through every target, without a fuzzer.</summary>
public class FuzzReplayTests
{
    [Fact]
    public void The_seed_corpus_passes_every_fuzz_target()
    {
        string corpus = Path.Combine(RepositoryRoot(), "fuzz", "corpus");
        using var output = new StringWriter();

        int exit = Replay.Run([corpus], output);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains($"× {Targets.All.Count} targets, 0 failures", output.ToString(), StringComparison.Ordinal);
        Assert.True(Directory.GetFiles(corpus, "*", SearchOption.AllDirectories).Length >= 6, "the seed corpus has fewer than 6 files");
    }

    [Fact]
    public void Replay_reports_a_missing_folder()
    {
        using var output = new StringWriter();
        Assert.Equal(2, Replay.Run([Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"))], output));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Corroborate.slnx not found above " + AppContext.BaseDirectory);
    }
}
