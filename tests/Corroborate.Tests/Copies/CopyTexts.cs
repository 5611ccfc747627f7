using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Tests.Copies;

/// <summary>Fictional articles for the copy tests (invented places and people; no real news text).</summary>
internal static class CopyTexts
{
    public const string Original =
        "Harbor bridge in Velmora reopens after two years of repairs\n" +
        "The old harbor bridge in Velmora reopened to traffic on Tuesday morning, two years after a cargo ship struck one of its piers during a winter storm. " +
        "Mayor Ilse Darrow cut a blue ribbon at the western end while a brass band played and several hundred residents watched from the quay. " +
        "\"This bridge carried our grandparents to the fish market, and now it will carry our children to school,\" Darrow said. " +
        "Engineers replaced the damaged pier, strengthened the steel deck and installed sensors that measure how the structure moves in high winds. " +
        "The repairs cost 48 million crowns, about a third more than the city first planned, because the steel had to be ordered twice after a supplier went bankrupt. " +
        "Opposition councillor Bram Osei said the overrun showed that the city had rushed the tender. " +
        "\"Nobody is against the bridge, but the people of Velmora deserve to know why the bill grew by twelve million,\" he told reporters. " +
        "The city auditor has promised a report on the contract before the end of the year. " +
        "Ferry operators, who carried extra passengers while the bridge was closed, expect their numbers to fall back within weeks. " +
        "One operator, Lotta Finch, said she would keep the early morning crossing for night shift workers from the canning plant. " +
        "Shop owners on the eastern bank welcomed the reopening, saying sales had dropped by a fifth since the closure. " +
        "\"We survived on loyal customers and a lot of coffee,\" said baker Tomas Reyl, whose shop sits at the foot of the bridge. " +
        "Traffic police will limit trucks to twenty tonnes for the first month while the new sensors collect data. " +
        "Cyclists will get a protected lane on the northern side from next spring, when the second phase of the works begins. " +
        "The harbor authority said ships will pass under the bridge only with a pilot on board from now on, a rule that several other ports adopted after similar accidents. " +
        "The cargo ship's owner agreed last summer to pay part of the repair bill, but the amount has not been disclosed. " +
        "Residents who lost business during the closure can apply for compensation until the end of March, the city said. " +
        "A small exhibition about the history of the bridge, with photographs from its opening ninety years ago, will run in the town hall until Sunday.";

    /// <summary>Same words, different punctuation: curly quotes, no space after periods, a dash for a comma.</summary>
    public static string Repunctuated =>
        Original.Replace('"', '\u201c').Replace(". ", ".").Replace(", two years after", " \u2014 two years after");

    /// <summary>A few words changed, one sentence dropped, one added.</summary>
    public static string LightlyEdited =>
        Original
            .Replace("on Tuesday morning", "on Tuesday")
            .Replace("several hundred residents", "hundreds of residents")
            .Replace("Opposition councillor Bram Osei said the overrun showed that the city had rushed the tender. ", string.Empty)
            .Replace("The city auditor has promised", "The municipal auditor has promised")
            .Replace("until Sunday.", "until Sunday. Entry is free.");

    /// <summary>Another article on the same topic that quotes the same people: related, not a copy.</summary>
    public const string SameTopic =
        "Velmora bridge opening draws crowds, but questions over cost remain\n" +
        "Hundreds of people gathered on the quay in Velmora to see the harbor bridge open again after its long closure. " +
        "Mayor Ilse Darrow praised the engineers and thanked residents for their patience during two difficult years. " +
        "\"This bridge carried our grandparents to the fish market, and now it will carry our children to school,\" Darrow said. " +
        "Not everyone was in a festive mood. Councillor Bram Osei pointed to the budget, which grew sharply after a steel supplier collapsed. " +
        "\"Nobody is against the bridge, but the people of Velmora deserve to know why the bill grew by twelve million,\" he told reporters. " +
        "Osei wants the council to publish every contract signed for the works and to hear the engineers in a public session. " +
        "The mayor's office replied that all documents would be shared with the auditor and that the project had been checked by two independent firms. " +
        "Meanwhile the ferry company is planning a new timetable and may sell one of its older boats. " +
        "Local historians used the occasion to collect stories from people who crossed the bridge on its first day ninety years ago.";

    /// <summary>The first ~35 % of <see cref="Original"/>'s words, cut mid-sentence as scrapers do.</summary>
    public static string Truncated(double share = 0.35)
    {
        string[] words = Original.Split(' ');
        return string.Join(' ', words.Take((int)(words.Length * share))) + "...";
    }

    public static AnalyzedArticle Analyze(string id, string text) =>
        TextAnalyzer.Analyze(new Article(
            id, "doc-" + id, id + ".txt", 0, 0, text.Length, null, null, null, text, false, [], [], OffsetMap.Identity(0, text.Length)));
}
