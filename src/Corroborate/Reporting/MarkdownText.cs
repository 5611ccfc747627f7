using System.Globalization;
using System.Text;

namespace Corroborate.Reporting;

/// <summary>
/// Makes a piece of source text (a sentence, a title, an outlet, a file name) safe to put inline in the Markdown
/// report. Source text comes from pages anyone can write, so nothing in it may render as markup when the report
/// is viewed: HTML-significant characters become entities (a viewer shows the original character, never a tag),
/// Markdown-significant ones are backslash-escaped (no emphasis, link, image, code span or table cell from a
/// source), line breaks become spaces (one item stays one line), and control and bidirectional-override
/// characters become a visible <c>\u001B</c>-style escape (no terminal escape or forged line in a report that is
/// printed to a terminal).
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = Replacement(c, atLineStart: i == 0);
            if (replacement is null)
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            escaped.Append(replacement);
        }

        return escaped?.ToString() ?? text;
    }

    /// <summary>
    /// A code span holding <paramref name="text"/> as it is (a path, a repaired span): fenced by one backtick more
    /// than the longest run inside, so a backtick in the text cannot close it early; line breaks and controls are
    /// made visible as in <see cref="Escape"/>. Markup inside a code span is shown, never rendered.
    /// </summary>
    public static string Code(string text)
    {
        var visible = new StringBuilder(text.Length);
        int longestRun = 0, run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
            visible.Append(c switch
            {
                '\n' or '\r' or '\t' => " ",
                _ when IsInvisibleControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        string fence = new('`', longestRun + 1);
        // A span that starts or ends with a backtick needs a space inside the fence (CommonMark strips one).
        string pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + visible + pad + fence;
    }

    private static string? Replacement(char c, bool atLineStart) => c switch
    {
        '\n' or '\r' or '\t' => " ",
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '\\' or '`' or '*' or '_' or '[' or ']' or '|' => "\\" + c,
        '#' when atLineStart => "\\#",
        _ when IsInvisibleControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>
    /// C0 and C1 controls (ESC starts a terminal escape) and the bidirectional embedding, override and isolate
    /// marks (they reorder what a reader sees). Zero-width joiners and ordinary format characters are left alone:
    /// they are part of real writing.
    /// </summary>
    internal static bool IsInvisibleControl(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
