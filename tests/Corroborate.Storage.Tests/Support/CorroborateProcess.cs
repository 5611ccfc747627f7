using System.Diagnostics;

namespace Corroborate.Storage.Tests.Support;

/// <summary>The real corroborate command as a child process, which a test can also kill (SIGKILL) mid-run.</summary>
public sealed class CorroborateProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly System.Text.StringBuilder _stderr = new();
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CorroborateProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                if (e.Data is null)
                {
                    _stderrClosed.TrySetResult();
                }
                else
                {
                    _stderr.Append(e.Data).Append('\n');
                }

                Monitor.PulseAll(_stderr);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Waits until stderr so far satisfies <paramref name="condition"/>; false when the process ended first.</summary>
    public bool WaitForStderr(Func<string, bool> condition)
    {
        lock (_stderr)
        {
            while (!condition(_stderr.ToString()))
            {
                if (_stderrClosed.Task.IsCompleted)
                {
                    return false;
                }

                Monitor.Wait(_stderr, 100);
            }

            return true;
        }
    }

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static CorroborateProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "Corroborate.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new CorroborateProcess(Process.Start(start)!);
    }

    public static Outcome Run(params string[] args) => Run(null, args);

    public static Outcome Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using CorroborateProcess process = Start(environment, args);
        return process.Wait();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no handler runs, no transaction is finished; exactly what a crash or an OOM kill does.</summary>
    public Outcome Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        return Wait();
    }

    public Outcome Wait()
    {
        _process.WaitForExit();
        _stderrClosed.Task.Wait();
        lock (_stderr)
        {
            return new Outcome(_process.ExitCode, _stdout.Result, _stderr.ToString());
        }
    }

    public void Dispose() => _process.Dispose();

    public static void AssertNoStackTrace(Outcome outcome)
    {
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.Stderr, StringComparison.Ordinal);
    }
}
