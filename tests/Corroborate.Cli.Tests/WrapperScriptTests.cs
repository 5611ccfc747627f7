namespace Corroborate.Cli.Tests;

/// <summary>
/// The ./corroborate wrapper, run on a copy of itself in a scratch checkout with a stand-in dotnet that logs its
/// calls: it builds only when an input is newer than its stamp, streams the build to stderr, keeps stdout for the
/// command, and stops with exit 70 when the build fails.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a bash script: Unix only, like its users
public sealed class WrapperScriptTests : IDisposable
{
    private const string FakeDotnet = """
        #!/usr/bin/env bash
        if [ "$1" = build ]; then
          echo "build" >> "$FAKE_LOG"
          echo "compiling, as dotnet build prints on stdout"
          if [ -e "$FAKE_FAIL" ]; then echo "Program.cs(1,1): error CS1525: Invalid expression term"; exit 1; fi
          mkdir -p "$2/bin/Release/net10.0" && : > "$2/bin/Release/net10.0/Corroborate.Cli.dll"
          exit 0
        fi
        echo "run" >> "$FAKE_LOG"
        echo "output of $(basename "$1") ${*:2}"
        exit "${FAKE_EXIT:-0}"
        """;

    private readonly TempFolder _folder = new();
    private readonly string _wrapper;
    private readonly string _log;
    private readonly string _fail;
    private readonly string _source;

    public WrapperScriptTests()
    {
        _wrapper = Path.Combine(_folder.Path, "corroborate");
        File.Copy(Path.Combine(CliRunner.RepositoryRoot(), "corroborate"), _wrapper);
        _source = _folder.File("src/Corroborate.Cli/Program.cs", "// the command");
        _folder.File("src/Corroborate/Data/places.tsv", "name\tcountry");
        _folder.File("Directory.Build.props", "<Project />");
        string dotnet = _folder.File("fake/dotnet", FakeDotnet.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(_wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _log = Path.Combine(_folder.Path, "dotnet.log");
        _fail = Path.Combine(_folder.Path, "fail");
    }

    private string Stamp => Path.Combine(_folder.Path, "src", "Corroborate.Cli", "bin", "Release", "net10.0", ".corroborate-wrapper-stamp");

    private int Builds => File.Exists(_log) ? File.ReadAllLines(_log).Count(static l => l == "build") : 0;

    private CliRunner.Outcome Run(IReadOnlyDictionary<string, string?>? extra, params string[] args)
    {
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = Path.Combine(_folder.Path, "fake") + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["FAKE_LOG"] = _log,
            ["FAKE_FAIL"] = _fail,
            ["CORROBORATE_REBUILD"] = null,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return CliRunner.Process(_folder.Path, environment, _wrapper, args);
    }

    private CliRunner.Outcome Run(params string[] args) => Run(null, args);

    /// <summary>
    /// Puts the scratch checkout two minutes back and the last build one minute back, so what the test changes next
    /// is newer than the stamp whatever the file system's timestamp resolution.
    /// </summary>
    private void AgeStamp()
    {
        DateTime past = DateTime.UtcNow.AddMinutes(-2);
        foreach (string entry in Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(entry, past);
        }

        File.SetLastWriteTimeUtc(Stamp, past.AddMinutes(1));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_first_run_builds_with_the_build_on_stderr_and_the_command_alone_on_stdout()
    {
        var first = Run("analyze", "samples/");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("output of Corroborate.Cli.dll analyze samples/\n", first.Stdout);
        Assert.Contains("corroborate: building src/Corroborate.Cli (Release; changed: (no build yet))", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("compiling, as dotnet build prints on stdout", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, Builds);
        Assert.True(File.Exists(Stamp));
    }

    [Fact]
    public void An_unchanged_checkout_runs_without_building()
    {
        Assert.Equal(0, Run("--help").ExitCode);
        AgeStamp();

        var second = Run("--help");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal("output of Corroborate.Cli.dll --help\n", second.Stdout);
        Assert.Equal("", second.Stderr);
        Assert.Equal(1, Builds);
    }

    [Fact]
    public void A_changed_added_or_removed_source_or_build_file_rebuilds()
    {
        Assert.Equal(0, Run("--help").ExitCode);

        AgeStamp();
        File.SetLastWriteTimeUtc(_source, DateTime.UtcNow);
        Assert.Contains("changed: src/Corroborate.Cli/Program.cs", Run("--help").Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Builds);

        AgeStamp();
        _folder.File("src/Corroborate/Data/offices.tsv", "office_id");
        Assert.Equal(0, Run("--help").ExitCode);
        Assert.Equal(3, Builds);

        AgeStamp();
        File.Delete(Path.Combine(_folder.Path, "src", "Corroborate", "Data", "offices.tsv"));
        Assert.Equal(0, Run("--help").ExitCode);
        Assert.Equal(4, Builds);

        AgeStamp();
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Path, "Directory.Build.props"), DateTime.UtcNow);
        Assert.Contains("changed: Directory.Build.props", Run("--help").Stderr, StringComparison.Ordinal);
        Assert.Equal(5, Builds);

        AgeStamp();
        Assert.Equal(0, Run(new Dictionary<string, string?> { ["CORROBORATE_REBUILD"] = "1" }, "--help").ExitCode);
        Assert.Equal(6, Builds);
    }

    [Fact]
    public void A_failed_build_shows_its_errors_on_stderr_and_runs_nothing()
    {
        File.WriteAllText(_fail, "");

        var failed = Run("analyze", "samples/");

        Assert.Equal(70, failed.ExitCode);
        Assert.Equal("", failed.Stdout);
        Assert.Contains("error CS1525: Invalid expression term", failed.Stderr, StringComparison.Ordinal);
        Assert.Contains("corroborate: the build failed (errors above); nothing was run", failed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("run", File.ReadAllLines(_log));

        File.Delete(_fail);
        Assert.Equal(0, Run("--help").ExitCode);
        Assert.Equal(2, Builds);
    }

    [Fact]
    public void The_command_exit_code_comes_through()
    {
        var outcome = Run(new Dictionary<string, string?> { ["FAKE_EXIT"] = "3" }, "analyze", "x", "--out", "/nope/r.md");
        Assert.Equal(3, outcome.ExitCode);
    }
}
