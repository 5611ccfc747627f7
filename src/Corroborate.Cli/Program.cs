using System.CommandLine;
using Corroborate.Cli;
using Corroborate.Cli.Commands;

var root = new RootCommand("Corroborate: raw news in, one clean, verified picture per story out.")
{
    AnalyzeCommand.Create(),
    BenchCommand.Create(),
    IngestCommand.Create(),
    StoriesCommand.Create(),
    ShowCommand.Create(),
    SearchCommand.Create(),
    ExportCommand.Create(),
};

// Help and usage name the command as users type it, whatever the assembly or the tool shim is called.
root.HelpName = UsageErrors.CommandName;

return CliErrors.Guard(() =>
{
    // Every command's standard output fails as one line and exit 3 (full disk, closed pipe), not as a runtime error.
    StandardOutput.Install();

    ParseResult parse = root.Parse(args);
    if (UsageErrors.Report(parse))
    {
        return CliErrors.BadArguments;
    }

    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
});
