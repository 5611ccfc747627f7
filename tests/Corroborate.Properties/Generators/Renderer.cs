using System.Globalization;
using System.Text;

namespace Corroborate.Properties.Generators;

// Written for Corroborate; MIT.

/// <summary>One generated document as it is written to disk.</summary>
/// <param name="Name">The file name (its extension decides HTML or text).</param>
/// <param name="Text">The text before encoding (line endings applied, no BOM).</param>
public sealed record GeneratedDocument(string Name, string Text, bool Bom, int Topic)
{
    public byte[] Bytes => Bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)] : Encoding.UTF8.GetBytes(Text);
}

/// <summary>Turns specs into documents: sentences from templates, then a plain-text or HTML page around them.</summary>
public static class Renderer
{
    /// <summary>Sentence templates. Slots: {title} {name} {surname} {num} {counted} {place} {org} {thing} {thing2} {done} {date} {weekday} {quote} {duration}.</summary>
    public static readonly string[] Templates =
    [
        "{title} {name} said on {weekday} that {num} {counted} had been {done} near {place}.",
        "About {num} {counted} were {done} at {place}, the {org} said.",
        "\u201c{quote},\u201d {surname} told reporters in {place}.",
        "{name}, the head of the {org}, said the {thing} would reopen by {date}.",
        "The {thing} was closed on {date} after {num} {counted} gathered outside the {thing2}.",
        "{surname} said the search for the {thing} lasted {duration}.",
        "By {weekday} evening the {org} had counted {num} {counted} in {place}.",
        "\"{quote}\", said {title} {name} on {date}.",
        "More than {num} {counted} crowded the {thing2} at {place} (the {org} gave no figure).",
        "{title} {surname} of {place} later said the {thing} had been {done} twice.",
    ];

    private static readonly string[] Durations = ["three hours", "less than an hour", "two days", "nearly 40 minutes"];

    public static IReadOnlyList<GeneratedDocument> Render(CorpusSpec corpus)
    {
        var documents = new List<GeneratedDocument>();
        for (int t = 0; t < corpus.Topics.Length; t++)
        {
            TopicSpec topic = corpus.Topics[t];
            List<string>? previous = null;
            for (int d = 0; d < topic.Documents.Length; d++)
            {
                DocumentSpec spec = topic.Documents[d];
                List<string> sentences = Body(topic, spec, previous);
                string name = $"t{t}-{topic.Words.Key}-d{d}{(spec.Html ? ".html" : ".txt")}";
                string page = spec.Html ? Html(topic, spec, sentences) : PlainText(topic, spec, sentences);
                documents.Add(new GeneratedDocument(name, LineEndings(page, spec.LineEnding), spec.Bom, topic.Topic));
                previous = sentences;
            }
        }

        return documents;
    }

    /// <summary>The sentences of the body, decorated; a copy takes the previous document's sentences instead.</summary>
    private static List<string> Body(TopicSpec topic, DocumentSpec spec, List<string>? previous)
    {
        if (spec.Copy > 0 && previous is { Count: > 0 })
        {
            if (spec.Copy == 1)
            {
                return [.. previous];
            }

            // A truncated copy: the first half, the next sentence cut mid-way ("ar...").
            int keep = Math.Max(1, previous.Count / 2);
            List<string> cut = [.. previous.Take(keep)];
            if (keep < previous.Count)
            {
                string next = previous[keep];
                cut.Add(next[..Math.Max(1, next.Length / 2)].TrimEnd() + "...");
            }

            return cut;
        }

        var sentences = spec.Sentences.Select(s => Sentence(topic, s, spec.Conflicting, spec.DateIn(topic))).ToList();
        foreach (Noise noise in spec.Noise)
        {
            int i = noise.Sentence % sentences.Count;
            sentences[i] = Decorate(topic.Words, sentences[i], noise);
        }

        return sentences;
    }

    public static string Sentence(TopicSpec topic, int template, bool conflicting, DateOnly date)
    {
        Topic w = topic.Words;
        Person p = w.People[topic.Person % w.People.Length];
        int number = conflicting ? topic.Number + 7 + (topic.Number / 3) : topic.Number;
        string text = Templates[template % Templates.Length]
            .Replace("{title}", p.Title, StringComparison.Ordinal)
            .Replace("{name}", p.Full, StringComparison.Ordinal)
            .Replace("{surname}", p.Family, StringComparison.Ordinal)
            .Replace("{num}", Number(number), StringComparison.Ordinal)
            .Replace("{counted}", w.Counted[topic.Counted % w.Counted.Length], StringComparison.Ordinal)
            .Replace("{place}", w.Places[topic.Place % w.Places.Length], StringComparison.Ordinal)
            .Replace("{org}", w.Org, StringComparison.Ordinal)
            .Replace("{thing}", w.Things[topic.Thing % w.Things.Length], StringComparison.Ordinal)
            .Replace("{thing2}", w.Things[(topic.Thing + 1) % w.Things.Length], StringComparison.Ordinal)
            .Replace("{done}", w.Done[topic.Done % w.Done.Length], StringComparison.Ordinal)
            .Replace("{date}", $"{Topics.Months[date.Month - 1]} {date.Day}", StringComparison.Ordinal)
            .Replace("{weekday}", Topics.Weekdays[((int)date.DayOfWeek + 6) % 7], StringComparison.Ordinal)
            .Replace("{quote}", Capitalize(w.Quotes[topic.Quote % w.Quotes.Length]), StringComparison.Ordinal)
            .Replace("{duration}", Durations[topic.Number % Durations.Length], StringComparison.Ordinal);
        return Capitalize(text);
    }

    private static string Number(int n) => n.ToString(n >= 1000 ? "#,0" : "0", CultureInfo.InvariantCulture);

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Accents, emoji, CJK, combining marks, zero-width and bidi marks, tabs, NBSP, astral letters.</summary>
    public static string Decorate(Topic topic, string sentence, Noise noise)
    {
        int at = Math.Clamp(noise.At % Math.Max(1, sentence.Length), 0, sentence.Length);
        int space = sentence.IndexOf(' ', at) is int s and >= 0 ? s : sentence.IndexOf(' ', StringComparison.Ordinal);
        int vowel = sentence.IndexOfAny(['a', 'e', 'o', 'u'], at) is int v and >= 0 ? v : sentence.IndexOfAny(['a', 'e', 'o', 'u']);
        return noise.Kind switch
        {
            0 when vowel >= 0 => sentence[..vowel] + sentence[vowel] switch { 'a' => "á", 'e' => "é", 'o' => "ö", _ => "ü" } + sentence[(vowel + 1)..],
            1 => InsertBeforeEnd(sentence, " " + topic.Emoji),
            2 => sentence + " " + topic.Cjk,
            3 when vowel >= 0 => sentence[..(vowel + 1)] + "\u0301" + sentence[(vowel + 1)..],
            4 => sentence[..at] + "\u200B" + sentence[at..],
            5 when space >= 0 => sentence[..space] + "\t" + sentence[(space + 1)..],
            6 when space >= 0 => sentence[..space] + "\u00A0" + sentence[(space + 1)..],
            7 => sentence[..at] + "\u2060\uFEFF" + sentence[at..],
            8 => "\u200F" + sentence + "\u200E",
            9 => sentence[..at] + "\U0001D400" + sentence[at..],
            10 => InsertBeforeEnd(sentence, " \u2014 " + topic.Emoji + "\uFE0F\u200D" + topic.Emoji),
            11 when space >= 0 => sentence[..space] + "  \u3000 " + sentence[(space + 1)..],
            _ => sentence,
        };
    }

    private static string InsertBeforeEnd(string sentence, string insert)
    {
        int end = sentence.Length;
        while (end > 0 && ".!?\u201d\"".Contains(sentence[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return sentence[..end] + insert + sentence[end..];
    }

    private static string Headline(TopicSpec topic, DocumentSpec spec)
    {
        Topic w = topic.Words;
        string template = w.Headlines[spec.Outlet % w.Headlines.Length];
        return Capitalize(template
            .Replace("{place}", w.Places[topic.Place % w.Places.Length], StringComparison.Ordinal)
            .Replace("{num}", Number(topic.Number), StringComparison.Ordinal)
            .Replace("{counted}", w.Counted[topic.Counted % w.Counted.Length], StringComparison.Ordinal));
    }

    /// <summary>The date line: "Published 2025-05-02" and similar; styles 4 and 5 give no date ("5 minutes ago", nothing).</summary>
    public static string? DateLine(TopicSpec topic, DocumentSpec spec)
    {
        DateOnly d = spec.DateIn(topic);
        string month = Topics.Months[d.Month - 1];
        return (spec.DateStyle % 6) switch
        {
            0 => "Published " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => $"{month} {d.Day}, {d.Year}",
            2 => $"{Topics.Weekdays[((int)d.DayOfWeek + 6) % 7]}, {month} {d.Day}, {d.Year}",
            3 => $"Updated {d.Day} {month} {d.Year} 14:05",
            4 => $"{(spec.Outlet % 50) + 2} minutes ago",
            _ => null,
        };
    }

    public static string BoilerplateLine(TopicSpec topic, DocumentSpec spec, int kind)
    {
        string outlet = Topics.Outlet(topic.Topic, spec.Outlet);
        return (kind % 10) switch
        {
            0 => "Share this article",
            1 => "Read more",
            2 => $"Photo: {Topics.Reporter(topic.Topic, spec.Outlet)} / {outlet}",
            3 => $"{(kind % 7) + 3} minutes ago",
            4 => "Advertisement",
            5 => "Sign up for our newsletter",
            6 => "Share | Tweet | Copy link",
            7 => $"\u00A9 {topic.Words.Year} {outlet}. All rights reserved.",
            8 => "Comments",
            _ => $"Read more: {Headline(topic, spec)}",
        };
    }

    /// <summary>Very long lines, punctuation runs, a giant token, stray markup, vertical tabs and form feeds.</summary>
    public static string HostileLine(TopicSpec topic, Hostile hostile)
    {
        Topic w = topic.Words;
        int size = Math.Clamp(hostile.Size, 1, 60);
        return (hostile.Kind % 7) switch
        {
            0 => string.Join(' ', Enumerable.Range(0, size * 30).Select(i => i % 9 == 0 ? w.Things[i % w.Things.Length] : w.Counted[i % w.Counted.Length])),
            1 => string.Concat(Enumerable.Repeat("!?!.,;:\u2026\u2014", size * 4)),
            2 => new string('x', size * 150),
            3 => string.Join("\n", Enumerable.Range(0, size).Select(i => "- " + w.Things[i % w.Things.Length])),
            4 => "<b>bold <i>unclosed &amp; &nbsp; &#8217; &bogus; <!-- comment --> <script>var p = '</p>';</script>",
            5 => string.Concat(Enumerable.Repeat(". . . ", size)) + "ar...",
            _ => "Line\vwith\fform\u0085feeds\u2028and\u2029separators",
        };
    }

    private static List<string> Paragraphs(List<string> sentences)
    {
        var paragraphs = new List<string>();
        for (int i = 0; i < sentences.Count; i += 2)
        {
            paragraphs.Add(string.Join(' ', sentences.Skip(i).Take(2)));
        }

        return paragraphs;
    }

    /// <summary>The page's lines in order: furniture and hostile lines are placed before the paragraph they name.</summary>
    private static List<(string Text, bool Furniture)> Blocks(TopicSpec topic, DocumentSpec spec, List<string> sentences)
    {
        List<string> paragraphs = Paragraphs(sentences);
        var blocks = new List<(string, bool)>();
        for (int p = 0; p <= paragraphs.Count; p++)
        {
            foreach (Boilerplate b in spec.Boilerplate.Where(b => b.At % (paragraphs.Count + 1) == p))
            {
                blocks.Add((BoilerplateLine(topic, spec, b.Kind), true));
            }

            foreach (Hostile h in spec.Hostile.Where(h => h.At % (paragraphs.Count + 1) == p))
            {
                blocks.Add((HostileLine(topic, h), true));
            }

            if (p < paragraphs.Count)
            {
                blocks.Add((paragraphs[p], false));
            }
        }

        return blocks;
    }

    private static string PlainText(TopicSpec topic, DocumentSpec spec, List<string> sentences)
    {
        var page = new StringBuilder();
        page.Append(Headline(topic, spec)).Append("\n\n");
        if (spec.Outlet % 2 == 0)
        {
            page.Append("By ").Append(Topics.Reporter(topic.Topic, spec.Outlet)).Append(" | ").Append(Topics.Outlet(topic.Topic, spec.Outlet)).Append('\n');
        }

        if (DateLine(topic, spec) is string date)
        {
            page.Append(date).Append('\n');
        }

        page.Append('\n');
        foreach (var (text, _) in Blocks(topic, spec, sentences))
        {
            page.Append(text).Append("\n\n");
        }

        return page.ToString();
    }

    private static string Html(TopicSpec topic, DocumentSpec spec, List<string> sentences)
    {
        string outlet = Topics.Outlet(topic.Topic, spec.Outlet);
        string headline = Headline(topic, spec);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<title>").Append(Escape(headline)).Append(" | ").Append(Escape(outlet)).Append("</title>\n");
        if (spec.DateStyle % 6 == 0)
        {
            page.Append("<meta property=\"article:published_time\" content=\"").Append(spec.DateIn(topic).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("T09:30:00Z\">\n");
        }

        page.Append("</head>\n<body>\n<nav><a href=\"/\">").Append(Escape(outlet)).Append("</a> <a href=\"/news\">News</a> <a href=\"/subscribe\">Subscribe</a></nav>\n");
        page.Append("<main>\n<article>\n<h1>").Append(Escape(headline)).Append("</h1>\n");
        string byline = "By " + Topics.Reporter(topic.Topic, spec.Outlet) + (DateLine(topic, spec) is string date ? " | " + date : "");
        page.Append("<p class=\"meta\">").Append(Escape(byline)).Append("</p>\n");
        foreach (var (text, furniture) in Blocks(topic, spec, sentences))
        {
            if (furniture && text.StartsWith('<'))
            {
                page.Append(text).Append('\n');
            }
            else if (furniture)
            {
                page.Append("<div class=\"widget\">").Append(Escape(text)).Append("</div>\n");
            }
            else
            {
                page.Append("<p>").Append(Escape(text)).Append("</p>\n");
            }
        }

        page.Append("</article>\n</main>\n<footer><p>\u00A9 ").Append(topic.Words.Year).Append(' ').Append(Escape(outlet)).Append("</p></footer>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Only what HTML requires (&amp;, &lt;, &gt;): every other character is written as it is, so sentences stay verbatim in the markup.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>0: LF; 1: CRLF; 2: mixed (CRLF on every other line, a lone CR on every fifth).</summary>
    private static string LineEndings(string text, int style)
    {
        if (style % 3 == 0)
        {
            return text;
        }

        if (style % 3 == 1)
        {
            return text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        string[] lines = text.Split('\n');
        return string.Concat(lines.Select((line, i) => i == lines.Length - 1 ? line : line + (i % 5 == 4 ? "\r" : i % 2 == 0 ? "\r\n" : "\n")));
    }
}
