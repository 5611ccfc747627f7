using Corroborate.Text.Dates;

namespace Corroborate.Mentions;

/// <summary>Every day-precise date expression of the article (<see cref="DateExpressions"/>), unresolved, in text order.</summary>
public sealed class DateFinder : MentionFinder
{
    internal override void FindInArticle(MentionScan scan) => scan.Dates = DateExpressions.FindExpressions(scan.Text);
}
