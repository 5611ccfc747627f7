using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>What is collected about one article while its lines are processed, before it is frozen into an <see cref="Article"/>.</summary>
internal sealed class ArticleDraft
{
    public string? Title { get; set; }

    /// <summary>An outlet the text itself names ("Read the original article on X", "For the latest from X"): the strongest evidence.</summary>
    public string? StatedOutlet { get; set; }

    /// <summary>An outlet from a teaser header or page metadata: used when the text names none.</summary>
    public string? HeaderOutlet { get; set; }

    /// <summary>A short outlet name from a wire credit ("With Post wires" gives "Post").</summary>
    public string? CreditOutlet { get; set; }

    /// <summary>The holder named in a copyright footer ("© Outlet 2025").</summary>
    public string? CopyrightOutlet { get; set; }

    /// <summary>The wire service named in a dateline ("OSLO, May 12 (Nordic Wire) —").</summary>
    public string? WireOutlet { get; set; }

    /// <summary>The publication the page's masthead names (its first line, above the headline).</summary>
    public string? MastheadOutlet { get; set; }

    /// <summary>A wire or agency a byline, credit or date line names ("By Jo Eld, Southern Wire Service"): the wire the article carries, not its outlet.</summary>
    public string? CreditedWire { get; set; }

    public DateOnly? Published { get; set; }

    public bool Truncated { get; set; }

    public List<RemovedBlock> Removed { get; } = [];

    public List<Repair> Repairs { get; } = [];

    public void Remove(SourceLine line, RemovedKind kind, string reason) => Remove(line, 0, line.Text.Length, kind, reason);

    public void Remove(SourceLine line, int from, int to, RemovedKind kind, string reason)
    {
        if (to <= from)
        {
            return;
        }

        (int s, int e) = line.Span(from, to);
        Removed.Add(new RemovedBlock(s, e, kind, reason));
    }
}
