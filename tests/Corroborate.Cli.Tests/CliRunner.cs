using System.Diagnostics;

namespace Corroborate.Cli.Tests;

/// <summary>Runs the real corroborate command as a child process, as a user would.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(params string[] args) => RunIn(null, null, args);

    /// <summary>Runs in <paramref name="workingDirectory"/> with extra <paramref name="environment"/> variables (null: as the test runs).</summary>
    public static Outcome RunIn(string? workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Process(workingDirectory, environment?.ToDictionary(static e => e.Key, static e => (string?)e.Value), "dotnet", [Path.Combine(AppContext.BaseDirectory, "Corroborate.Cli.dll"), .. args]);

    /// <summary>Runs any program (a tool shim, a script, dotnet itself) the same way; a null environment value removes the variable.</summary>
    public static Outcome Process(string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.WorkingDirectory = workingDirectory ?? "";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = System.Diagnostics.Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The checkout's root (the folder with Corroborate.slnx), found upwards from the test's binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Corroborate.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Corroborate.slnx above {AppContext.BaseDirectory}");
    }

    public static void AssertNoStackTrace(Outcome outcome)
    {
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.Stderr, StringComparison.Ordinal);
    }
}
