using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Corroborate.Cli;

/// <summary>
/// Bad command lines: every problem the parser found, an unknown command or option (with a suggestion), and a
/// command argument that starts with '-' (a mistyped option, not a path or query), each as one line on stderr.
/// The caller then exits with <see cref="CliErrors.BadArguments"/> without running anything.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The command's name in help, usage and messages.</summary>
    public const string CommandName = "corroborate";

    /// <summary>Writes the problems with the command line to stderr.</summary>
    /// <returns>True when there was any (nothing must run then); false for a good command line or a request for help.</returns>
    public static bool Report(ParseResult parse) => Report(parse, Console.Error);

    public static bool Report(ParseResult parse, TextWriter error)
    {
        // "--help" wins over everything else on the line: the user asked how to write it.
        if (parse.Action is HelpAction)
        {
            return false;
        }

        List<string> problems = Find(parse);
        if (problems.Count == 0)
        {
            return false;
        }

        foreach (string problem in problems)
        {
            error.WriteLine($"{CommandName}: {problem}");
        }

        error.WriteLine($"{CommandName}: see '{PathOf(parse.CommandResult)} --help'");
        return true;
    }

    /// <summary>The problems, in command-line order where they name a token.</summary>
    public static List<string> Find(ParseResult parse)
    {
        var problems = new List<string>();
        CommandResult command = parse.CommandResult;
        bool atRoot = command.Command is RootCommand;

        // Tokens after "--" are taken literally: that is how to pass a path or query starting with '-'.
        int literalFrom = IndexOf(parse.Tokens, static t => t.Type == TokenType.DoubleDash);
        if (literalFrom < 0)
        {
            literalFrom = int.MaxValue;
        }

        // A command argument that looks like an option is a mistyped option: "-o out.json", "--fromat json".
        foreach (Argument argument in command.Command.Arguments)
        {
            if (parse.GetResult(argument) is not ArgumentResult result)
            {
                continue;
            }

            foreach (Token token in result.Tokens)
            {
                int index = IndexOf(parse.Tokens, t => ReferenceEquals(t, token));
                if (token.Value.StartsWith('-') && index < literalFrom)
                {
                    problems.Add(UnknownOption(token.Value, command, argument));
                }
            }
        }

        // Unmatched tokens are errors (TreatUnmatchedTokensAsErrors, the default) that the parser words as
        // "Unrecognized command or argument 'x'": said here as an unknown command or option, with suggestions.
        bool unknownCommand = false;
        foreach (string token in parse.UnmatchedTokens)
        {
            if (token.StartsWith('-'))
            {
                problems.Add(UnknownOption(token, command, null));
            }
            else if (atRoot)
            {
                // What follows an unknown command are its arguments: only the command is wrong.
                if (!unknownCommand)
                {
                    problems.Add(UnknownCommand(token, command.Command));
                    unknownCommand = true;
                }
            }
            else
            {
                problems.Add($"unexpected argument '{token}' for {PathOf(command)}");
            }
        }

        // The root's own error is "Required command was not provided": said better above, or here.
        static bool AboutRoot(ParseError error) => error.SymbolResult is CommandResult { Command: RootCommand };
        if (atRoot && problems.Count == 0 && parse.Errors.Any(AboutRoot))
        {
            problems.Add($"no command given; the commands are {string.Join(", ", Subcommands(command.Command))}");
        }

        foreach (ParseError error in parse.Errors)
        {
            bool explained = (atRoot && AboutRoot(error))
                || parse.UnmatchedTokens.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal));
            string message = OneLine(error.Message);
            if (error.SymbolResult is OptionResult { Option: Option option } && !message.Contains(option.Name, StringComparison.Ordinal))
            {
                message = $"{option.Name}: {message}";
            }

            if (!explained && !problems.Contains(message))
            {
                problems.Add(message);
            }
        }

        return problems;
    }

    private static string UnknownOption(string token, CommandResult command, Argument? argument)
    {
        string where = PathOf(command);
        if (token == "-")
        {
            return $"'-' (standard input) is not supported by {where}; give files or folders (a file named '-' can be written ./-)";
        }

        string[] suggestions = Suggest(token.TrimStart('-'), OptionNames(command), static name => name.TrimStart('-'));
        if (suggestions.Length > 0)
        {
            return $"unknown option '{token}' for {where}; did you mean {string.Join(" or ", suggestions)}?";
        }

        string literal = argument is null
            ? ""
            : argument.Name == "paths"
                ? $" (a file or folder whose name starts with '-' can be written ./{token}, or after --)"
                : $" (a {argument.Name} that starts with '-' can be given after --)";
        return $"unknown option '{token}' for {where}{literal}";
    }

    private static string UnknownCommand(string token, Command root)
    {
        string[] commands = [.. Subcommands(root)];
        string[] suggestions = Suggest(token, commands, static name => name);
        return suggestions.Length > 0
            ? $"unknown command '{token}'; did you mean {string.Join(" or ", suggestions)}?"
            : $"unknown command '{token}'; the commands are {string.Join(", ", commands)}";
    }

    /// <summary>Up to three candidates close to <paramref name="typed"/>: a small edit distance, or it is the start of the name.</summary>
    internal static string[] Suggest(string typed, IEnumerable<string> candidates, Func<string, string> bare)
    {
        if (typed.Length == 0)
        {
            return [];
        }

        return [.. candidates
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(typed.ToLowerInvariant(), bare(name).ToLowerInvariant()), Prefix: bare(name).StartsWith(typed, StringComparison.OrdinalIgnoreCase)))
            .Where(c => c.Prefix || c.Distance <= Tolerance(bare(c.Name).Length))
            .OrderBy(c => c.Prefix ? 0 : c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)];
    }

    /// <summary>Typos allowed for a name this long: none for "-h" or "-?", one for "out", two for "format".</summary>
    private static int Tolerance(int length) => length < 3 ? 0 : Math.Max(1, length / 3);

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The options valid here: the command's own and the recursive ones of its parents (--help), with aliases.</summary>
    private static IEnumerable<string> OptionNames(CommandResult command)
    {
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult level)
            {
                foreach (Option option in level.Command.Options.Where(o => ReferenceEquals(level, command) || o.Recursive))
                {
                    if (option.Hidden)
                    {
                        continue;
                    }

                    yield return option.Name;
                    foreach (string alias in option.Aliases)
                    {
                        yield return alias;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Subcommands(Command command) => command.Subcommands.Where(static c => !c.Hidden).Select(static c => c.Name);

    /// <summary>"corroborate analyze": how the user reaches this command.</summary>
    private static string PathOf(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult level)
            {
                names.Add(level.Command is RootCommand ? CommandName : level.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The parser's multi-line messages ("Must be one of:\n\t'markdown'\n\t'json'") as one line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
