using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>
/// The measurable shape of one line, from which every keep/remove decision is explained:
/// how long it is, whether it reads like prose (stopwords, terminal punctuation) or like a label
/// (capitalized words, no sentence end), and whether it ends cut off.
/// </summary>
internal readonly record struct LineFeatures(
    int Words,
    int Stopwords,
    int CapitalizedWords,
    bool EndsSentence,
    bool EndsWithEllipsis,
    bool EndsWithColon)
{
    /// <summary>Length in characters (for languages the English stopword list does not cover).</summary>
    public int Chars { get; init; }

    /// <summary>Sentence ends inside the line (". " followed by more text, or CJK full stops).</summary>
    public int SentenceMarks { get; init; }

    public double StopwordRatio => Words == 0 ? 0 : (double)Stopwords / Words;

    public double CapitalizedRatio => Words == 0 ? 0 : (double)CapitalizedWords / Words;

    /// <summary>Prose: a sentence-shaped line (ends like a sentence and has function words) or a long run of words.</summary>
    /// <remarks>
    /// English prose is recognized by its function words; a line in another language (no English stopwords) counts
    /// when it is long and sentence-shaped, so non-English pages are not emptied.
    /// </remarks>
    public bool IsProse(ExtractionOptions o) =>
        (EndsSentence && Words >= o.ProseMinWords && StopwordRatio >= o.ProseMinStopwordRatio && !EndsWithEllipsis)
        || (Words >= o.LongLineMinWords && StopwordRatio >= o.LongLineMinStopwordRatio)
        || (Chars >= o.ForeignProseMinChars && EndsSentence && !EndsWithEllipsis && (SentenceMarks >= 1 || Words >= o.ForeignProseMinWords))
        || (Chars >= o.MultiSentenceMinChars && SentenceMarks >= o.MultiSentenceMinMarks)
        || (CjkChars >= o.CjkProseMinChars && EndsSentence && !EndsWithEllipsis);

    /// <summary>Han, kana and hangul characters: words in these scripts are not separated by spaces.</summary>
    public int CjkChars { get; init; }

    /// <summary>Headline-shaped: a few words, no final period, mostly capitalized or at least starting with a capital.</summary>
    public bool IsHeadlineShaped(ExtractionOptions o) =>
        Words >= o.HeadlineMinWords && Words <= o.HeadlineMaxWords && !EndsWithColon && !EndsWithEllipsis && (!EndsSentence || IsQuestionOrExclamation);

    public bool IsQuestionOrExclamation { get; init; }

    public static LineFeatures Of(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        ExtractionWork.Add(line.Length);
        int words = 0, stop = 0, caps = 0;
        Span<char> lower = stackalloc char[32];
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetterOrDigit(line[i]))
            {
                i++;
            }

            int s = i;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }

            if (i == s)
            {
                continue;
            }

            ReadOnlySpan<char> word = line[s..i];
            words++;
            if (char.IsUpper(word[0]))
            {
                caps++;
            }

            if (word.Length <= lower.Length)
            {
                int n = word.ToLowerInvariant(lower);
                if (n > 0 && Corroborate.Text.Stopwords.Contains(lower[..n]))
                {
                    stop++;
                }
            }
        }

        ReadOnlySpan<char> end = line.TrimEnd("\"'\u201d\u2019)]*");
        char last = end.IsEmpty ? '\0' : end[^1];
        bool ellipsis = line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith("\u2026", StringComparison.Ordinal)
            || end.EndsWith("...", StringComparison.Ordinal) || end.EndsWith("\u2026", StringComparison.Ordinal);
        int marks = 0, cjk = 0;
        foreach (char c in line)
        {
            if (c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' or >= '\uac00' and <= '\ud7af')
            {
                cjk++;
            }
        }

        for (int k = 0; k < line.Length - 1; k++)
        {
            if ((line[k] is '.' or '!' or '?' && line[k + 1] == ' ') || line[k] is '\u3002' or '\uff01' or '\uff1f')
            {
                marks++;
            }
        }

        return new LineFeatures(words, stop, caps, last is '.' or '!' or '?' or '\u3002' or '\uff01' or '\uff1f' || ellipsis, ellipsis, last == ':')
        {
            IsQuestionOrExclamation = last is '?' or '!',
            Chars = line.Length,
            SentenceMarks = marks,
            CjkChars = cjk,
        };
    }
}
