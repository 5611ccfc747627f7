using System.CommandLine;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>The --store option every store command shares, and opening the store it names.</summary>
internal static class StoreOption
{
    public static Option<string?> Create() => new Option<string?>("--store")
    {
        Description = $"SQLite file, or PostgreSQL \"Host=…;Database=…\" / postgres:// URL (default: ${StoreLocation.EnvironmentVariable}, else ./{StoreLocation.DefaultPath})",
    }.NotBlank();

    /// <exception cref="StoreException">Turned into one line and exit code 4 by <see cref="CliErrors.Guard"/>.</exception>
    public static Store Open(string? value, bool write) => Store.Open(StoreLocation.Resolve(value), write, TestHooks.StoreOptions());
}
