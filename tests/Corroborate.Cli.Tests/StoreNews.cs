namespace Corroborate.Cli.Tests;

/// <summary>A few fictional news documents for the store commands: one story with a copy, and two unrelated stories.</summary>
internal static class StoreNews
{
    public const string Bridge = "Monday, March 3, 2025\nMarrowby council votes to rebuild the stone bridge\n\nThe river council in Marrowby voted on Tuesday to rebuild the old stone bridge over the Osk. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds. Residents had campaigned for a decade to save the crossing, which carries the valley road.\n";

    public const string BridgeCopy = "Monday, March 3, 2025\nMarrowby to rebuild its stone bridge\n\nThe river council in Marrowby voted on Tuesday to rebuild the old stone bridge over the Osk. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds. Residents had campaigned for a decade to save the crossing, which carries the valley road.\n";

    public const string Bakery = "Wednesday, March 5, 2025\nGreywater Bakeries buys its rival Sunloaf\n\nGreywater Bakeries agreed on Wednesday to buy its rival Sunloaf for an undisclosed sum. Chief executive Mira Tolland said the bakeries would keep both names and that no jobs would go this year. Sunloaf runs twelve shops in the northern valley towns.\n";

    public const string Chess = "Sunday, April 6, 2025\nTeenager from Hollin wins the junior chess title\n\nA fifteen-year-old from Hollin won the national junior chess title on Sunday after a sudden-death playoff. Player Lina Orvath said the final game was the hardest of the tournament and thanked her coach Petra Vell for years of patient work.\n";

    public static TempFolder Folder()
    {
        var folder = new TempFolder();
        folder.File("news/bridge.txt", Bridge);
        folder.File("news/bridge-copy.txt", BridgeCopy);
        folder.File("news/bakery.txt", Bakery);
        folder.File("news/chess.txt", Chess);
        return folder;
    }
}
