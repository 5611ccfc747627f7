using Corroborate.Text;

namespace Corroborate.Mentions;

/// <summary>
/// Runs of capitalized words that can be a person's name, as word ranges of one sentence. A run stops at function
/// words, calendar words and after a possessive ("Putin's"); hyphen-joined words count as one ("Jean-Claude");
/// particles may sit inside ("Mohammed bin Salman"). A run holding an organization head ("Palace", "Times") or
/// made only of places is not a name.
/// </summary>
internal static class NameRun
{
    public const int MaxWords = 4;

    /// <summary>A name starting at word k (an honorific before it skipped): words [start, end).</summary>
    public static bool At(SentenceTokens s, int k, out int start, out int end)
    {
        start = k;
        end = k;
        if (k >= s.Count)
        {
            return false;
        }

        if (NameWords.IsHonorific(s.Lower(k)) && s.IsCapitalized(k) && k + 1 < s.Count && IsHonorificGap(s.GapBefore(k + 1)))
        {
            start = ++k;
        }

        end = Extend(s, start);
        return end > start && IsPersonLike(s, start, end);
    }

    /// <summary>A name ending just before word <paramref name="endExclusive"/>, walking back over capitalized words.</summary>
    public static bool EndingAt(SentenceTokens s, int endExclusive, out int start)
    {
        start = endExclusive;
        int words = 0;
        while (start > 0 && words < MaxWords && IsNameWord(s, start - 1) && !Titles.IsTitleWord(s.Lower(start - 1))
               && !Places.TryJurisdiction(s.Word(start - 1), out _)
               && (start == endExclusive || ((s.Adjacent(start) || s.Hyphenated(start)) && !s.IsPossessive(start - 1))))
        {
            if (!s.Hyphenated(start))
            {
                words++;
            }

            start--;
        }

        return start < endExclusive && IsPersonLike(s, start, endExclusive);
    }

    /// <summary>The end of the capitalized run starting at word k.</summary>
    public static int Extend(SentenceTokens s, int k, int maxWords = MaxWords)
    {
        int end = k;
        int words = 0;
        while (end < s.Count)
        {
            bool joined = end > k && s.Hyphenated(end);
            if (end > k && !joined && !s.Adjacent(end))
            {
                break;
            }

            // "von der Leyen", "de la Cruz": up to two particles, then a name word.
            int afterParticles = end;
            while (end > k && afterParticles < s.Count && afterParticles - end < 2 && NameWords.IsParticle(s.Lower(afterParticles)) && (afterParticles == end || s.Adjacent(afterParticles)))
            {
                afterParticles++;
            }

            bool particle = afterParticles > end && afterParticles < s.Count && s.Adjacent(afterParticles) && IsNameWord(s, afterParticles);
            if (!IsNameWord(s, end) && !particle)
            {
                break;
            }

            if (!joined)
            {
                if (++words > maxWords)
                {
                    break;
                }
            }

            end++;
            if (s.IsPossessive(end - 1))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Counts words of a run, hyphen-joined parts counting once.</summary>
    public static int WordCount(SentenceTokens s, int start, int end)
    {
        int n = 0;
        for (int k = start; k < end; k++)
        {
            if (k == start || !s.Hyphenated(k))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The name as written: the run's text, possessive dropped, whitespace single.</summary>
    public static string Text(SentenceTokens s, int start, int end)
    {
        ReadOnlySpan<char> span = s.Text.AsSpan(s.Start(start), s.End(end - 1) - s.Start(start));
        if (s.IsPossessive(end - 1))
        {
            span = span[..^2];
        }

        if (!span.ContainsAny('\n', '\t', '\r') && !span.Contains("  ", StringComparison.Ordinal))
        {
            return new string(span);
        }

        return string.Join(' ', span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static bool IsNameWord(SentenceTokens s, int k)
    {
        if (!s.IsCapitalized(k))
        {
            return false;
        }

        string lower = s.Lower(k);
        ReadOnlySpan<char> word = s.Word(k);
        bool acronym = word.Length > 1 && !word.ContainsAnyInRange('a', 'z');
        if (acronym && word.Length > 5)
        {
            return false;
        }

        return (acronym || !Stopwords.Contains(lower)) && !NameWords.IsCalendar(lower);
    }

    private static bool IsPersonLike(SentenceTokens s, int start, int end)
    {
        bool allPlaces = true;
        for (int k = start; k < end; k++)
        {
            string lower = s.Lower(k);
            string bare = s.IsPossessive(k) ? lower[..^2] : lower;
            if (NameWords.IsThingHead(bare) || char.IsDigit(lower[0]))
            {
                return false;
            }

            if (!Places.TryJurisdiction(s.Word(k), out _) && !NameWords.IsParticle(lower))
            {
                allPlaces = false;
            }
        }

        return !allPlaces;
    }

    private static bool IsHonorificGap(ReadOnlySpan<char> gap) => gap.Length > 0 && gap.TrimStart('.').IsWhiteSpace() && gap.TrimStart('.').Length > 0;
}
