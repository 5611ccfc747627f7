namespace Corroborate.Fuzz;

/// <summary>
/// Runs every file of some folders (recursively, in path order) through every target, without a fuzzer: the seed
/// corpus in CI, a fuzzer's queue or crashes by hand. Files named README* or ending in .md are skipped.
/// </summary>
public static class Replay
{
    /// <summary>Returns the exit code: 0 when every file passed every target, 1 when one failed, 2 when a folder is missing or empty.</summary>
    public static int Run(IEnumerable<string> folders, TextWriter output)
    {
        var files = new List<string>();
        foreach (string folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                output.WriteLine($"replay: no folder {folder}");
                return 2;
            }

            files.AddRange(CorpusFiles.Under(folder));
        }

        files.Sort(StringComparer.Ordinal);
        if (files.Count == 0)
        {
            output.WriteLine("replay: no input files");
            return 2;
        }

        int failures = 0;
        foreach (string file in files)
        {
            byte[] bytes = File.ReadAllBytes(file);
            foreach (var (name, target) in Targets.All)
            {
                try
                {
                    target(bytes);
                }
                catch (Exception e)
                {
                    failures++;
                    output.WriteLine($"FAIL {name} {file}: {e.GetType().Name}: {e.Message}");
                    output.WriteLine(e.StackTrace);
                }
            }
        }

        output.WriteLine($"replay: {files.Count} files × {Targets.All.Count} targets, {failures} failures");
        return failures == 0 ? 0 : 1;
    }
}
