namespace Corroborate.Cli.Tests;

/// <summary>
/// The .NET tool, as a user gets it: dotnet pack, dotnet tool install into a folder, then the corroborate command
/// from there, away from the checkout. Its output matches the command run from the build, so the engine's data
/// files (office holders, places) came along.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_as_corroborate_and_analyzes_a_sample()
    {
        string root = CliRunner.RepositoryRoot();
        // The configuration these tests were built in (bin/<configuration>/net10.0): pack exactly that build.
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        using var folder = new TempFolder();
        string packages = Path.Combine(folder.Path, "packages");
        string tools = Path.Combine(folder.Path, "tools");
        var clean = new Dictionary<string, string?>
        {
            // The test host's MSBuild variables must not steer the nested dotnet commands.
            ["MSBuildExtensionsPath"] = null,
            ["MSBuildSDKsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // Where the shim finds the runtime: the one running these tests.
            ["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..")),
        };

        var pack = CliRunner.Process(root, clean, "dotnet", "pack", Path.Combine(root, "src", "Corroborate.Cli"), "-c", configuration, "--no-build", "--no-restore", "-o", packages, "--nologo");
        Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
        Assert.Single(Directory.GetFiles(packages, "Corroborate.Cli.*.nupkg"));

        // --source: only the folder, so nothing of that name can come from a registry instead.
        var install = CliRunner.Process(folder.Path, clean, "dotnet", "tool", "install", "--tool-path", tools, "--source", packages, "Corroborate.Cli");
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
        string corroborate = Path.Combine(tools, OperatingSystem.IsWindows() ? "corroborate.exe" : "corroborate");
        Assert.True(File.Exists(corroborate));

        var help = CliRunner.Process(folder.Path, clean, corroborate, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:\n  corroborate [command] [options]", help.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        // Run from the samples folder by relative path, so both reports carry the same paths.
        string samples = Path.Combine(root, "samples");
        var installed = CliRunner.Process(samples, clean, corroborate, "analyze", "summit-ministers", "--format", "json");
        var built = CliRunner.RunIn(samples, null, "analyze", "summit-ministers", "--format", "json");
        Assert.Equal(0, installed.ExitCode);
        CliRunner.AssertNoStackTrace(installed);
        // The holder the office record expects: the embedded office-holders.tsv was loaded by the installed tool.
        Assert.Contains("\"expected\": \"Friedrich Merz\"", installed.Stdout, StringComparison.Ordinal);
        Assert.Equal(built.Stdout, installed.Stdout);
    }
}
