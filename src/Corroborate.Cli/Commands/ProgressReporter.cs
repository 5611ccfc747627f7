using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>A progress bar on standard error for long runs, silent when stderr is not a terminal (CI, pipes).</summary>
internal static class ProgressReporter
{
    public static T Run<T>(string label, int total, Func<IProgress<int>?, T> work)
    {
        if (Console.IsErrorRedirected || total < 20)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(label, maxValue: total);
                result = work(new Progress<int>(done => task.Value = done));
            });
        return result;
    }
}
