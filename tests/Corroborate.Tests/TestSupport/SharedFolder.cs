namespace Corroborate.Tests.TestSupport;

/// <summary>Finds the repository's <c>samples/</c> and the <c>../shared</c> folder (seeds, gold, data) from the test's run directory.</summary>
internal static class SharedFolder
{
    public static string Shared => Find(Path.Combine("shared", "seeds"), up: true) is { } seeds ? Path.GetDirectoryName(seeds)! : throw new DirectoryNotFoundException("../shared/seeds not found above " + AppContext.BaseDirectory);

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string SeedsGold => Path.Combine(Shared, "eval", "seeds-gold.json");

    /// <summary>The checkout's root: the folder holding samples/.</summary>
    public static string Repository => Path.GetDirectoryName(Samples)!;

    public static string Samples => Find("samples", up: false) ?? throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);

    private static string? Find(string relative, bool up)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) && (up || File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx"))))
            {
                return candidate;
            }

            string beside = Path.Combine(dir.FullName, "..", relative);
            if (up && Directory.Exists(beside))
            {
                return Path.GetFullPath(beside);
            }
        }

        return null;
    }
}
