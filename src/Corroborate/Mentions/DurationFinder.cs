using System.Collections.Frozen;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// How long something took: a number (or "a"/"an") and a time unit with its qualifier ("barely an hour", "well under
/// two hours", "for three days"), or the adjectival form ("a three-day summit", "48-hour strike"). Whether it measures
/// the happening itself is read from the words around it (see <see cref="DurationMention.OfHappening"/>).
/// </summary>
public sealed class DurationFinder : MentionFinder
{
    internal override void FindInSentence(SentenceTokens sentence, MentionScan scan) => Find(sentence, scan.Durations);

    private static readonly FrozenSet<string> LastingWords = FrozenSet.ToFrozenSet(
        ["last", "lasted", "lasting", "lasts", "took", "take", "takes", "ran", "run", "spanned", "spanning", "continued", "went", "go", "for"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> EndingWords = FrozenSet.ToFrozenSet(
        ["ended", "concluded", "finished", "wrapped", "closed", "broke", "end", "ends", "conclude", "finish"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeginningWords = FrozenSet.ToFrozenSet(
        ["began", "begun", "started", "opened", "start", "begin", "convened", "got"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotLasting = FrozenSet.ToFrozenSet(
        ["late", "ago", "later", "earlier", "before", "old", "behind", "early", "delay", "delayed", "away", "since", "into"], StringComparer.Ordinal);

    internal static void Find(SentenceTokens s, List<DurationMention> into)
    {
        for (int k = 0; k < s.Count; k++)
        {
            if (!TryAmount(s, k, out double amount, out int unitAt) || unitAt >= s.Count || !Units.TryTime(s.Lower(unitAt), out double perUnit))
            {
                continue;
            }

            bool adjectival = s.Hyphenated(unitAt);
            if (!adjectival && !s.Adjacent(unitAt))
            {
                continue;
            }

            double minutes = amount * perUnit;
            int start = k;
            ValueRange range = ValueRange.Exactly(minutes);
            if (!adjectival && Qualifiers.TryEndingAt(s, k, out _, out QualifierKind kind, out int qStart))
            {
                start = qStart;
                range = Range(kind, minutes, s.Lower(qStart));
            }

            bool ofHappening = adjectival ? unitAt + 1 < s.Count && s.Adjacent(unitAt + 1) && !s.Is(unitAt + 1, "old")
                : OfHappening(s, start, unitAt);
            string phrase = s.Text.Substring(s.Start(start), s.End(unitAt) - s.Start(start));
            into.Add(new DurationMention(range, phrase, ofHappening, s.Index, s.Start(start), s.End(unitAt)));
            k = unitAt;
        }
    }

    private static bool TryAmount(SentenceTokens s, int k, out double amount, out int unitAt)
    {
        string lower = s.Lower(k);
        unitAt = k + 1;
        amount = 0;
        if (lower is "a" or "an")
        {
            amount = 1;
            return unitAt < s.Count && s.Adjacent(unitAt);
        }

        if (s.IsNumber(k))
        {
            return NumberParser.TryDigits(lower, out amount, out string suffix) && suffix.Length == 0;
        }

        return NumberParser.TryRead(s, k, out amount, out unitAt) && !(s.IsCapitalized(k) && k > 0);
    }

    /// <summary>Bounds in minutes for a qualified duration: "barely an hour" = [45, 60], "nearly two hours" = [105, 120].</summary>
    private static ValueRange Range(QualifierKind kind, double minutes, string firstWord) => kind switch
    {
        QualifierKind.Nearly when firstWord is "barely" => new(0.75 * minutes, minutes),
        QualifierKind.Nearly => new(0.875 * minutes, minutes),
        QualifierKind.JustOver => new(minutes, 1.25 * minutes),
        QualifierKind.About => new(0.9 * minutes, 1.1 * minutes),
        QualifierKind.AtLeast => new(minutes, double.PositiveInfinity),
        QualifierKind.MoreThan => new(minutes, double.PositiveInfinity),
        QualifierKind.AtMost => new(0, minutes),
        _ => ValueRange.Exactly(minutes),
    };

    private static bool OfHappening(SentenceTokens s, int start, int unitAt)
    {
        int next = unitAt + 1;
        if (next < s.Count && NotLasting.Contains(s.Lower(next)))
        {
            return false;
        }

        if (start > 0 && s.Lower(start - 1) is "within" or "in" or "aged" or "by" or "after" or "of")
        {
            return false;
        }

        // "concluded barely an hour after they began"
        if (s.Is(next, "after") && start > 0 && EndingWords.Contains(s.Lower(start - 1)))
        {
            for (int m = next + 1; m < Math.Min(s.Count, next + 4); m++)
            {
                if (BeginningWords.Contains(s.Lower(m)))
                {
                    return true;
                }
            }

            return false;
        }

        if (s.Is(next, "after") || s.Is(next, "of"))
        {
            return false;
        }

        for (int m = start - 1; m >= Math.Max(0, start - 3); m--)
        {
            if (LastingWords.Contains(s.Lower(m)))
            {
                return true;
            }
        }

        return false;
    }
}
