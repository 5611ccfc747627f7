namespace Corroborate.Cli.Commands;

/// <summary>
/// Writes a report to --out FILE (atomically: a temp file renamed into place) or to standard output; either way a
/// failed write is a one-line problem (exit 3). Paths in the problems are printed through <see cref="Model.PrintableName"/>.
/// </summary>
internal static class OutputTarget
{
    /// <summary>
    /// The problems that can be seen before any work: the folder of <paramref name="path"/> does not exist, or the
    /// path is a folder. Null when nothing is wrong that can be known in advance (or the report goes to stdout).
    /// </summary>
    public static string? Check(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (Directory.Exists(path))
        {
            return $"cannot write {Shown(path)}: it is a folder";
        }

        string folder = FolderOf(path);
        if (!Directory.Exists(folder))
        {
            return $"cannot write {Shown(path)}: folder {Shown(folder)} does not exist";
        }

        return null;
    }

    /// <returns>null on success, else a one-line problem that names the user's path (never the temp file's).</returns>
    public static string? Write(string? path, Action<Stream> write)
    {
        if (path is null)
        {
            try
            {
                write(StandardOutput.Stream);
                StandardOutput.Stream.Flush();
                return null;
            }
            catch (OutputWriteException e)
            {
                return e.Message;
            }
        }

        if (Check(path) is string problem)
        {
            return problem;
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

            return e switch
            {
                UnauthorizedAccessException or System.Security.SecurityException => $"cannot write {Shown(path)}: permission denied in folder {Shown(FolderOf(path))}",
                DirectoryNotFoundException => $"cannot write {Shown(path)}: folder {Shown(FolderOf(path))} does not exist",
                _ => $"cannot write {Shown(path)}: {Shown(e.Message.Replace(Path.GetFullPath(temp), path, StringComparison.Ordinal).Replace(temp, path, StringComparison.Ordinal))}",
            };
        }
    }

    private static string Shown(string name) => Model.PrintableName.Of(name);

    /// <summary>The folder the file goes into, as the user would write it ("." for a bare file name).</summary>
    private static string FolderOf(string path)
    {
        string? folder = Path.GetDirectoryName(path);
        return string.IsNullOrEmpty(folder) ? "." : folder;
    }
}
