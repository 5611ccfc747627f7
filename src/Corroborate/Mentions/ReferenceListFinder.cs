namespace Corroborate.Mentions;

/// <summary>The outlets of a reference list appended to the article (<see cref="ReferenceListReader"/>).</summary>
public sealed class ReferenceListFinder : MentionFinder
{
    internal override void FindInArticle(MentionScan scan) => scan.ReferencedOutlets = ReferenceListReader.Outlets(scan.Article.Article, scan.DocumentText);
}
