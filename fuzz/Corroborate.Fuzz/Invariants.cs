using System.Text;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Fuzz;

/// <summary>
/// What must hold for any input, checked on the engine's own records: every offset (articles, removed blocks,
/// repairs, sentence spans, citations in facts, conflicts, office checks, differences, briefs and timelines) lies
/// inside the document text with start ≤ end, and every citation quotes its document verbatim, ignoring
/// whitespace as the project's scorer (shared/eval/verbatim.py) does. Each problem is one readable line.
/// </summary>
public static class Invariants
{
    /// <summary>The stateless stages' output for one document.</summary>
    public static List<string> OfPrepared(PreparedDocument prepared)
    {
        var problems = new List<string>();
        string text = prepared.Document.Text;
        foreach (AnalyzedArticle analyzed in prepared.Articles)
        {
            CheckArticle(analyzed, text, problems);
            for (int i = 0; i < analyzed.Sentences.Length; i++)
            {
                if (analyzed.Cite(i) is Citation citation)
                {
                    CheckCitation($"article {analyzed.Id} sentence {i}", citation, text, problems);
                }
            }
        }

        return problems;
    }

    /// <summary>A whole result, with the decoded text of each document by document id.</summary>
    /// <param name="citationsInsideArticle">Also require every citation to lie inside its article's span.</param>
    public static List<string> OfResult(AnalysisResult result, IReadOnlyDictionary<string, string> textByDocumentId, bool citationsInsideArticle = false)
    {
        var problems = new List<string>();
        var articles = new Dictionary<string, ArticleReport>(StringComparer.Ordinal);
        foreach (ArticleReport report in result.Articles)
        {
            articles.TryAdd(report.Article.Id, report);
            if (!textByDocumentId.TryGetValue(report.Article.DocumentId, out string? text))
            {
                problems.Add($"article {report.Article.Id}: its document {report.Article.DocumentId} is not among the inputs");
                continue;
            }

            CheckArticle(report.Analyzed, text, problems);
        }

        foreach (StoryPicture picture in result.Stories)
        {
            foreach (var (where, citation) in Citations(picture))
            {
                string at = $"story {picture.Id} {where}";
                if (!articles.TryGetValue(citation.Article, out ArticleReport? cited))
                {
                    problems.Add($"{at}: cites article {citation.Article}, which is not in the result");
                    continue;
                }

                if (cited.StoryId != picture.Id)
                {
                    problems.Add($"{at}: cites article {citation.Article} of story {cited.StoryId}");
                }

                if (textByDocumentId.TryGetValue(cited.Article.DocumentId, out string? text))
                {
                    CheckCitation(at, citation, text, problems);
                }

                if (citationsInsideArticle && (citation.Start < cited.Article.Start || citation.End > cited.Article.End))
                {
                    problems.Add($"{at}: [{citation.Start}, {citation.End}) lies outside its article's span [{cited.Article.Start}, {cited.Article.End})");
                }
            }
        }

        return problems;
    }

    /// <summary>Every citation a story picture holds, with where it sits (as the JSON contract would name it).</summary>
    public static IEnumerable<(string Where, Citation Citation)> Citations(StoryPicture picture)
    {
        foreach (Fact fact in picture.Facts)
        {
            for (int i = 0; i < fact.Sources.Length; i++)
            {
                yield return ($"fact {fact.Id} ({fact.Key.Text}) source {i}", fact.Sources[i]);
            }
        }

        foreach (Conflict conflict in picture.Conflicts)
        {
            for (int i = 0; i < conflict.Claims.Length; i++)
            {
                yield return ($"conflict {conflict.Id} claim {i}", conflict.Claims[i].Source);
            }
        }

        foreach (OfficeCheck check in picture.OfficeChecks)
        {
            yield return ($"office check of {check.Claimed} in article {check.Article}", check.Source);
        }

        foreach (Assessment assessment in picture.Assessments)
        {
            foreach (Difference difference in assessment.Differences)
            {
                yield return ($"assessment of {assessment.Article}, difference on {difference.Key.Text}", difference.Source);
            }
        }

        foreach (var found in BriefCitations("brief", picture.Brief.Overall))
        {
            yield return found;
        }

        foreach (var (eventId, brief) in picture.Brief.Events.OrderBy(static e => e.Key, StringComparer.Ordinal))
        {
            foreach (var found in BriefCitations($"event {eventId} brief", brief))
            {
                yield return found;
            }
        }

        foreach (TimelineEntry entry in picture.Brief.Timeline)
        {
            if (entry.Lead is Citation lead)
            {
                yield return ($"timeline lead of event {entry.Event}", lead);
            }
        }
    }

    private static IEnumerable<(string, Citation)> BriefCitations(string name, Brief brief)
    {
        for (int i = 0; i < brief.Agreed.Length; i++)
        {
            yield return ($"{name} agreed {i}", brief.Agreed[i].Source);
        }

        for (int i = 0; i < brief.SingleSource.Length; i++)
        {
            yield return ($"{name} singleSource {i}", brief.SingleSource[i].Source);
        }
    }

    private static void CheckArticle(AnalyzedArticle analyzed, string text, List<string> problems)
    {
        Article article = analyzed.Article;
        string at = $"article {article.Id}";
        CheckSpan(at, article.Start, article.End, text, problems);
        foreach (RemovedBlock block in article.Removed)
        {
            CheckSpan($"{at} removed {block.Kind}", block.Start, block.End, text, problems);
        }

        foreach (Repair repair in article.Repairs)
        {
            CheckSpan($"{at} repair {repair.Kind}", repair.Start, repair.End, text, problems);
        }

        if (analyzed.SentenceSources.Length != analyzed.Sentences.Length)
        {
            problems.Add($"{at}: {analyzed.Sentences.Length} sentences but {analyzed.SentenceSources.Length} sentence spans");
        }

        for (int i = 0; i < analyzed.Sentences.Length; i++)
        {
            Sentence sentence = analyzed.Sentences[i];
            if (sentence.Start < 0 || sentence.Start > sentence.End || sentence.End > article.Text.Length)
            {
                problems.Add($"{at} sentence {i}: [{sentence.Start}, {sentence.End}) is outside the article text ({article.Text.Length} chars)");
            }
        }

        for (int i = 0; i < analyzed.SentenceSources.Length; i++)
        {
            CheckSpan($"{at} sentence {i} source", analyzed.SentenceSources[i].Start, analyzed.SentenceSources[i].End, text, problems);
        }
    }

    private static bool CheckSpan(string at, int start, int end, string text, List<string> problems)
    {
        if (start < 0 || start > end || end > text.Length)
        {
            problems.Add($"{at}: [{start}, {end}) is not a span of the document ({text.Length} chars)");
            return false;
        }

        return true;
    }

    private static void CheckCitation(string at, Citation citation, string text, List<string> problems)
    {
        if (!CheckSpan(at, citation.Start, citation.End, text, problems))
        {
            return;
        }

        string quoted = text[citation.Start..citation.End];
        if (Squash(quoted) != Squash(citation.Sentence))
        {
            problems.Add($"{at}: the document at [{citation.Start}, {citation.End}) says {Show(quoted)}, the citation {Show(citation.Sentence)}");
        }
    }

    /// <summary>
    /// The text without whitespace, as verbatim.py's <c>re.sub(r"\s+", "", s)</c> has it: Python's <c>\s</c> on str is
    /// <c>str.isspace()</c>, which is .NET's <see cref="char.IsWhiteSpace(char)"/> plus the separators U+001C–U+001F.
    /// </summary>
    public static string Squash(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!IsPythonSpace(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    public static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>A string quoted with invisible characters escaped, for a readable failure.</summary>
    public static string Show(string text, int max = 300)
    {
        var shown = new StringBuilder("\"");
        foreach (char c in text.Length > max ? text[..max] : text)
        {
            shown.Append(Visible(c));
        }

        return shown.Append(text.Length > max ? $"\"…(+{text.Length - max} chars)" : "\"").ToString();
    }

    /// <summary>A character as shown in failures: itself when printable, else an escape (\n, \t, \u200B, …).</summary>
    public static string Visible(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '"' => "\\\"",
        '\\' => "\\\\",
        _ when char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpaceSeparator
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
            && c != ' ' => $"\\u{(int)c:X4}",
        _ => c.ToString(),
    };
}
