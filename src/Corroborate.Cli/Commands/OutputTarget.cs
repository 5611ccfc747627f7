namespace Corroborate.Cli.Commands;

/// <summary>Writes a report to --out FILE (atomically: a temp file renamed into place) or to standard output.</summary>
internal static class OutputTarget
{
    /// <returns>null on success, else a one-line problem.</returns>
    public static string? Write(string? path, Action<Stream> write)
    {
        if (path is null)
        {
            using Stream stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return null;
        }

        string temp = path + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(file);
            }

            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the report itself already failed.
            }

            return $"cannot write {path}: {e.Message}";
        }
    }
}
