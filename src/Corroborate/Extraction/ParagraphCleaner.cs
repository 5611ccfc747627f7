using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Cleans one kept paragraph and appends it to the article text: cuts what was pasted into the prose
/// (inline captions with their credit, "Advertisement" slots, "Read the original article on X" and the
/// prompts after it, HTML comment remnants) and repairs scraping damage (a missing space after a sentence
/// end, a ", ." link remnant). Every cut becomes a <see cref="RemovedBlock"/>, every fix a <see cref="Repair"/>,
/// and every copied character keeps its document position through the <see cref="OffsetMapBuilder"/>.
/// </summary>
internal sealed class ParagraphCleaner
{
    private readonly ExtractionOptions _options;

    public ParagraphCleaner(ExtractionOptions options) => _options = options;

    /// <summary>A span to leave out; <see cref="Kind"/> is null for a repair's cut, which is no removed block.</summary>
    private readonly record struct Cut(int Start, int End, RemovedKind? Kind, string Reason);

    /// <summary>Cuts, repairs and appends the first <paramref name="length"/> characters of <paramref name="line"/>.</summary>
    public void Append(SourceLine line, int length, OffsetMapBuilder builder, ArticleDraft draft)
    {
        var paragraph = new ParagraphText(line.Text[..length], _options);
        string text = paragraph.Text;
        NoteStatedOutlet(paragraph, draft);
        List<Cut> cuts = Merge(FindCuts(paragraph));
        if (IsAllCut(text, cuts))
        {
            RecordRemovals(line, cuts, draft);
            return;
        }

        if (builder.Length > 0)
        {
            builder.AppendInserted("\n", line.Start);
        }

        SortedSet<int> inserts = FindMissingSpaces(text, cuts);
        RepairDanglingLinks(line, text, cuts, draft);
        cuts = Merge(cuts);
        RecordRemovals(line, cuts, draft);
        int paragraphStart = builder.Length;
        int pos = 0;
        foreach (Cut c in cuts.Append(new Cut(text.Length, text.Length, null, string.Empty)))
        {
            Emit(line, text, pos, c.Start, inserts, builder, draft, paragraphStart);
            pos = Math.Max(pos, c.End);
        }
    }

    /// <summary>A source note ("Read the original article on X") names the outlet, even when the whole paragraph is cut.</summary>
    private static void NoteStatedOutlet(ParagraphText paragraph, ArticleDraft draft)
    {
        if (paragraph.SourceNote.Success)
        {
            draft.StatedOutlet ??= paragraph.SourceNote.Groups[1].Value.Trim();
        }
    }

    /// <summary>Every span of every <see cref="CutRules"/> rule, in rule order (the order <see cref="Merge"/> breaks ties by).</summary>
    private static List<Cut> FindCuts(ParagraphText paragraph)
    {
        var cuts = new List<Cut>();
        foreach (CutRule rule in CutRules.InOrder)
        {
            ExtractionWork.Add(paragraph.Text.Length);
            foreach ((int start, int end) in rule.Find(paragraph))
            {
                cuts.Add(new Cut(start, end, rule.Kind, rule.Reason));
            }
        }

        return cuts;
    }

    /// <summary>Where a space goes back between two glued sentences ("2022.The"), outside cuts and dotted words.</summary>
    private static SortedSet<int> FindMissingSpaces(string text, List<Cut> cuts)
    {
        var inserts = new SortedSet<int>();
        ExtractionWork.Add(text.Length);
        foreach (ValueMatch m in Patterns.MissingSpace().EnumerateMatches(text))
        {
            if (!InCut(cuts, m.Index) && !LooksLikeDomainOrInitials(text, m.Index))
            {
                inserts.Add(m.Index);
            }
        }

        return inserts;
    }

    /// <summary>Records each ", ." / ", and ." link remnant as a repair and cuts it (a cut without a kind: no removed block).</summary>
    private static void RepairDanglingLinks(SourceLine line, string text, List<Cut> cuts, ArticleDraft draft)
    {
        ExtractionWork.Add(text.Length);
        foreach (ValueMatch m in Patterns.DanglingLink().EnumerateMatches(text))
        {
            if (m.Length > 0 && !InCut(cuts, m.Index))
            {
                (int s, int e) = line.Span(m.Index, m.Index + m.Length);
                draft.Repairs.Add(new Repair(s, e, RepairKind.DanglingLink, text.Substring(m.Index, m.Length), string.Empty));
                cuts.Add(new Cut(m.Index, m.Index + m.Length, null, string.Empty));
            }
        }
    }

    private static void RecordRemovals(SourceLine line, List<Cut> cuts, ArticleDraft draft)
    {
        foreach (Cut c in cuts)
        {
            if (c.Kind is { } kind)
            {
                draft.Remove(line, c.Start, c.End, kind, c.Reason);
            }
        }
    }

    private static void Emit(SourceLine line, string text, int from, int to, SortedSet<int> inserts, OffsetMapBuilder builder, ArticleDraft draft, int paragraphStart)
    {
        // Collapse the whitespace a cut leaves behind: never start a paragraph or follow a space with a space.
        while (from < to && text[from] == ' ' && (builder.Length == paragraphStart || builder.LastChar is ' ' or '\n'))
        {
            from++;
        }

        if (to == text.Length)
        {
            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }
        }

        // A cut between two words leaves them glued ("trade.Trump"): put back the space the cut took.
        if (from > 0 && from < to && builder.Length > paragraphStart && builder.LastChar is char last && !char.IsWhiteSpace(last) && (char.IsLetterOrDigit(text[from]) || text[from] is '"' or '\u201c' or '\u2018' or '('))
        {
            builder.AppendInserted(" ", line.SourceOf(from));
        }

        int i = from;
        while (i < to)
        {
            int next = to;
            foreach (int at in inserts.GetViewBetween(i + 1, Math.Max(i + 1, to - 1)))
            {
                next = at;
                break;
            }

            while (i < next)
            {
                int runEnd = line.ContiguousRunEnd(i, next);
                builder.AppendCopied(text.AsSpan(i, runEnd - i), line.SourceOf(i));
                i = runEnd;
            }

            if (next < to && inserts.Contains(next))
            {
                int at = line.SourceOf(next);
                builder.AppendInserted(" ", at);
                draft.Repairs.Add(new Repair(at, at, RepairKind.MissingSpace, string.Empty, " "));
            }
        }
    }

    // "U.S.The" or "example.Com" are not glued sentences: skip when the word before is a dotted acronym.
    private static bool LooksLikeDomainOrInitials(string text, int at)
    {
        int s = at - 1;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]))
        {
            s--;
        }

        ReadOnlySpan<char> word = text.AsSpan(s, at - s).TrimEnd(".!?'\"\u2019\u201d");
        return word.Contains('.') || word.Contains('/') || word.Contains('@');
    }

    private static bool InCut(List<Cut> cuts, int index) => cuts.Any(c => index >= c.Start && index < c.End);

    private static bool IsAllCut(string text, List<Cut> cuts)
    {
        int pos = 0;
        foreach (Cut c in cuts)
        {
            if (!string.IsNullOrWhiteSpace(text[pos..Math.Max(pos, c.Start)]))
            {
                return false;
            }

            pos = Math.Max(pos, c.End);
        }

        return string.IsNullOrWhiteSpace(text[pos..]);
    }

    private static List<Cut> Merge(List<Cut> cuts)
    {
        cuts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<Cut>();
        foreach (Cut c in cuts)
        {
            if (merged.Count > 0 && c.Start < merged[^1].End)
            {
                Cut last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, c.End), Kind = last.Kind ?? c.Kind, Reason = last.Reason.Length > 0 ? last.Reason : c.Reason };
            }
            else
            {
                merged.Add(c);
            }
        }

        return merged;
    }
}
