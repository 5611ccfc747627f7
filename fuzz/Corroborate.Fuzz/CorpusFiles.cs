namespace Corroborate.Fuzz;

/// <summary>The input files under a folder, as replay and measure read them: recursively, README* and *.md left out.</summary>
public static class CorpusFiles
{
    public static IEnumerable<string> Under(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(static f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase)
                && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
}
