using System.CommandLine;
using System.Globalization;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate stories [--since DATE] [--store STORE]</c>: one line per story, in creation order.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "Only stories with an event or article dated on or after this day (YYYY-MM-DD)" };
        var store = StoreOption.Create();
        var command = new Command("stories", "List the stories of a store: id, latest date, article count, title") { since, store };
        command.SetAction(parse => Run(parse.GetValue(since), parse.GetValue(store)));
        return command;
    }

    private static int Run(string? sinceText, string? storeValue)
    {
        DateOnly? since = null;
        if (sinceText is not null)
        {
            if (!DateOnly.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
            {
                return CliErrors.Fail(CliErrors.BadArguments, $"--since: '{sinceText}' is not a date (YYYY-MM-DD)");
            }

            since = day;
        }

        using Store store = StoreOption.Open(storeValue, write: false);
        // Console.Out is StandardOutput (Program installs it): a full disk or closed pipe is exit 3 with one line.
        TextWriter output = Console.Out;
        foreach (StoredStory story in store.Stories(since))
        {
            string date = story.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{story.Id}\t{date}\t{story.Story.Articles.Length}\t{story.Story.Title}"));
        }

        return 0;
    }
}
