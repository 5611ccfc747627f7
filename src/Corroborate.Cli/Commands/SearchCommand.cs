using System.CommandLine;
using System.Globalization;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate search QUERY... [--limit N] [--store STORE]</c>: ranked articles with a snippet (matches in [brackets]).</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        // Several words may come quoted as one argument or unquoted as several: search dockworkers strike.
        var query = new Argument<string[]>("query") { Description = "Words to look for (all must occur; stemmed)", Arity = ArgumentArity.OneOrMore };
        query.Validators.Add(static result =>
        {
            if (!string.Concat(result.Tokens.Select(static t => t.Value)).Any(char.IsLetterOrDigit))
            {
                result.AddError("search: the query has no words to look for");
            }
        });
        var limit = CliValues.WholeNumber("--limit", "Most results to print", 10, minimum: 1);
        var store = StoreOption.Create();
        var command = new Command("search", "Full-text search over stored articles (SQLite FTS5 bm25, PostgreSQL ts_rank)") { query, limit, store };
        command.SetAction(parse => Run(string.Join(' ', parse.GetValue(query)!), parse.GetValue(limit), parse.GetValue(store)));
        return command;
    }

    private static int Run(string query, int limit, string? storeValue)
    {
        using Store store = StoreOption.Open(storeValue, write: false);
        IReadOnlyList<SearchHit> hits = store.Search(query, limit);
        // Console.Out is StandardOutput (Program installs it): a full disk or closed pipe is exit 3 with one line.
        TextWriter output = Console.Out;
        foreach (SearchHit hit in hits)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.ArticleId}\t{hit.StoryId}\t{hit.Outlet ?? "-"}\t{hit.Title ?? "(untitled)"}"));
            output.WriteLine("    " + hit.Snippet.ReplaceLineEndings(" "));
        }

        if (hits.Count == 0)
        {
            Console.Error.WriteLine($"corroborate: no article matches '{query}'");
        }

        return 0;
    }
}
