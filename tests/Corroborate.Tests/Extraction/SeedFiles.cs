using Corroborate.Model;
using Corroborate.Tests.TestSupport;

namespace Corroborate.Tests.Extraction;

/// <summary>The shared seed documents and their gold reading, for the extraction tests.</summary>
internal static class SeedFiles
{
    public static string SeedsDir => SharedFolder.Seeds;

    public static RawDocument Load(string name)
    {
        string path = Path.Combine(SeedsDir, name);
        string text = File.ReadAllText(path);
        return new RawDocument(ContentId.Of(text), path, DocumentFormat.PlainText, text, []);
    }

    public static IReadOnlyList<GoldArticle> Gold() => GoldReading.Load(SharedFolder.SeedsGold).Articles;
}
