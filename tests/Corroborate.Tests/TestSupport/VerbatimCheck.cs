using System.Text.Json;
using Corroborate.Reading;

namespace Corroborate.Tests.TestSupport;

/// <summary>
/// Checks that every citation in a JSON report quotes its document verbatim: any object with <c>article</c>,
/// <c>sentence</c>, <c>start</c> and <c>end</c> must have the document text at [start, end) equal to the sentence,
/// ignoring whitespace. Documents are found by each article's <c>document</c> path and decoded as the engine decodes them.
/// </summary>
public static class VerbatimCheck
{
    /// <summary>The mismatches, one line each; throws when the report holds no citation at all (nothing was checked).</summary>
    /// <param name="baseDirectory">Where relative document paths start; the current directory when null.</param>
    public static IReadOnlyList<string> Problems(string json, string? baseDirectory = null)
    {
        using JsonDocument report = JsonDocument.Parse(json);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonElement article in report.RootElement.GetProperty("articles").EnumerateArray())
        {
            documents[article.GetProperty("id").GetString()!] = article.GetProperty("document").GetString()!;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        int citations = 0;
        foreach (var (where, citation) in Citations(report.RootElement, "$"))
        {
            citations++;
            string article = citation.GetProperty("article").GetString() ?? "";
            if (!documents.TryGetValue(article, out string? path))
            {
                problems.Add($"{where}: article {article} is not in the report");
                continue;
            }

            if (!texts.TryGetValue(path, out string? text))
            {
                string full = Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), path);
                texts[path] = text = TextDecoder.Decode(File.ReadAllBytes(full)).Text;
            }

            int start = citation.GetProperty("start").GetInt32();
            int end = citation.GetProperty("end").GetInt32();
            string sentence = citation.GetProperty("sentence").GetString() ?? "";
            if (start < 0 || end < start || end > text.Length)
            {
                problems.Add($"{where}: [{start}, {end}) is outside {path} ({text.Length} chars)");
            }
            else if (WithoutWhitespace(text.AsSpan(start, end - start)) != WithoutWhitespace(sentence))
            {
                problems.Add($"{where}: {path}[{start}, {end}) is \"{text[start..end]}\", not \"{sentence}\"");
            }
        }

        if (citations == 0)
        {
            throw new InvalidOperationException("the report holds no citation objects (article, sentence, start, end): nothing was checked");
        }

        return problems;
    }

    private static IEnumerable<(string Where, JsonElement Citation)> Citations(JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("article", out _) && element.TryGetProperty("sentence", out _)
                && element.TryGetProperty("start", out _) && element.TryGetProperty("end", out _))
            {
                yield return (where, element);
            }

            foreach (JsonProperty property in element.EnumerateObject())
            {
                foreach (var found in Citations(property.Value, $"{where}.{property.Name}"))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (var found in Citations(item, $"{where}[{i++}]"))
                {
                    yield return found;
                }
            }
        }
    }

    private static string WithoutWhitespace(ReadOnlySpan<char> text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
