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
root.HelpName = "corroborate";

return CliErrors.Guard(() => root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
