using System.Text;
using System.Text.Json;
using Corroborate.Fuzz;

namespace Corroborate.Properties.Support;

/// <summary>
/// The project's scorer shared/eval/verbatim.py, in C#, on a JSON report: it walks the whole JSON, and every object
/// with a <c>sentence</c> (or, lacking one, a <c>text</c> beside <c>article</c>), integer <c>start</c> and <c>end</c>,
/// and an article id — its own <c>article</c> or, like verbatim.py, the nearest enclosing object's — is a citation.
/// The document is the file of that article's <c>document</c> path, decoded as Python's
/// <c>decode("utf-8-sig", errors="replace")</c> decodes it; the cited span may count UTF-16 units or code points;
/// whitespace (Python's <c>\s</c>) is removed from both sides before comparing.
/// </summary>
public static class ScorerVerbatim
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The citations that are not verbatim, one line each, and how many citations were checked.</summary>
    public static (List<string> Problems, int Checked) Check(string json)
    {
        using JsonDocument report = JsonDocument.Parse(json);
        var documentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (report.RootElement.TryGetProperty("articles", out JsonElement articles))
        {
            foreach (JsonElement article in articles.EnumerateArray())
            {
                documentOf[article.GetProperty("id").GetString()!] = article.TryGetProperty("document", out JsonElement d) ? d.GetString() : null;
            }
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        int checkedCount = 0;
        Walk(report.RootElement, null, "$");
        return (problems, checkedCount);

        void Walk(JsonElement node, string? contextArticle, string where)
        {
            if (node.ValueKind == JsonValueKind.Object)
            {
                // art = node.get("article", ctx_article); s = node.get("sentence"), else the text beside article/start/end.
                string? article = node.TryGetProperty("article", out JsonElement a) ? (a.ValueKind == JsonValueKind.String ? a.GetString() : null) : contextArticle;
                JsonElement? sentence = node.TryGetProperty("sentence", out JsonElement s) && s.ValueKind != JsonValueKind.Null ? s : null;
                if (sentence is null && node.TryGetProperty("start", out _) && node.TryGetProperty("end", out _)
                    && node.TryGetProperty("text", out JsonElement t) && node.TryGetProperty("article", out _))
                {
                    sentence = t;
                }

                bool hasSentence = sentence is { ValueKind: JsonValueKind.String };
                if (hasSentence && IsInteger(node, "start", out int start) && IsInteger(node, "end", out int end)
                    && article is not null && documentOf.TryGetValue(article, out string? path) && path is not null && File.Exists(path))
                {
                    if (!texts.TryGetValue(path, out string? text))
                    {
                        texts[path] = text = DecodeAsPython(File.ReadAllBytes(path));
                    }

                    string cited = sentence!.Value.GetString()!;
                    checkedCount++;
                    if (!Matches(text, start, end, cited))
                    {
                        string shown = start >= 0 && end >= start && end <= text.Length ? Invariants.Show(text[start..end]) : $"(outside the {text.Length}-char text)";
                        problems.Add($"{where}: {Path.GetFileName(path)}[{start}:{end}] is {shown}, the citation says {Invariants.Show(cited)}");
                    }
                }

                foreach (JsonProperty property in node.EnumerateObject())
                {
                    Walk(property.Value, article, $"{where}.{property.Name}");
                }
            }
            else if (node.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (JsonElement item in node.EnumerateArray())
                {
                    Walk(item, contextArticle, $"{where}[{i++}]");
                }
            }
        }
    }

    private static bool IsInteger(JsonElement node, string name, out int value)
    {
        value = 0;
        return node.TryGetProperty(name, out JsonElement e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out value);
    }

    /// <summary>Python's <c>bytes.decode("utf-8-sig", errors="replace")</c>.</summary>
    public static string DecodeAsPython(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return Utf8.GetString(span);
    }

    /// <summary><c>squash(t[st:en]) == squash(s) or squash(utf16_slice(t, st, en)) == squash(s)</c>; Python clamps slices, so does this.</summary>
    private static bool Matches(string text, int start, int end, string sentence)
    {
        string want = Invariants.Squash(sentence);
        return Invariants.Squash(Utf16Slice(text, start, end)) == want || Invariants.Squash(CodePointSlice(text, start, end)) == want;
    }

    private static string Utf16Slice(string text, int start, int end)
    {
        int s = Math.Clamp(start, 0, text.Length);
        int e = Math.Clamp(end, 0, text.Length);
        return e > s ? text[s..e] : "";
    }

    private static string CodePointSlice(string text, int start, int end)
    {
        var points = new List<string>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(text.Substring(i, 2));
                i++;
            }
            else
            {
                points.Add(text[i].ToString());
            }
        }

        int s = Math.Clamp(start, 0, points.Count);
        int e = Math.Clamp(end, 0, points.Count);
        return e > s ? string.Concat(points.Skip(s).Take(e - s)) : "";
    }
}
