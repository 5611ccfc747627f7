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

return CliErrors.Guard(() => root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
