using Corroborate.Mentions;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Tests.Mentions;

/// <summary>Runs the mentions stage on a fictional sentence or two.</summary>
internal static class MentionTexts
{
    public static ArticleMentions Of(string text, params RemovedBlock[] removed) =>
        MentionStage.Default.Find(TextAnalyzer.Analyze(new Article("t", "t", "t.txt", 0, 0, text.Length, null, null, null, text, false, [.. removed], [], OffsetMap.Identity(0, text.Length))), text);
}
