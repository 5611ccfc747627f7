using System.Text;

namespace Corroborate.Storage.Sql;

/// <summary>
/// Document and article text as kept in text columns, every character of it. Neither backend keeps a NUL in a text
/// column (SQLite's driver cuts the value there, PostgreSQL refuses it), so a text holding one is stored escaped:
/// a marker first (U+FDD1), then the text with U+FDD0 written as U+FDD0 U+FDD0 and NUL as U+FDD0 U+FDD1. These are
/// Unicode noncharacters, reserved for a program's internal use; full-text search sees them as separators. A text
/// with no NUL that does not begin with the marker — every text stored before this existed — is stored as it is,
/// so a stored value without the marker always reads back unchanged.
/// </summary>
internal static class StoredText
{
    private const char Marker = '\uFDD1';
    private const char Escape = '\uFDD0';

    public static string Write(string text) =>
        text.Contains('\0', StringComparison.Ordinal) || (text.Length > 0 && text[0] == Marker) ? Escaped(text) : text;

    public static string? WriteNullable(string? text) => text is null ? null : Write(text);

    public static string Read(string stored) => stored.Length > 0 && stored[0] == Marker ? Unescaped(stored) : stored;

    public static string? ReadNullable(string? stored) => stored is null ? null : Read(stored);

    /// <summary>A piece of a stored text (a search snippet): escapes read back where whole, NULs shown as spaces.</summary>
    public static string Excerpt(string stored) =>
        stored.Replace("\uFDD0\uFDD1", " ", StringComparison.Ordinal).Replace("\uFDD0\uFDD0", "\uFDD0", StringComparison.Ordinal)
            .Replace(Marker.ToString(), "", StringComparison.Ordinal);

    private static string Escaped(string text)
    {
        var stored = new StringBuilder(text.Length + 8).Append(Marker);
        foreach (char c in text)
        {
            _ = c switch
            {
                '\0' => stored.Append(Escape).Append(Marker),
                Escape => stored.Append(Escape).Append(Escape),
                _ => stored.Append(c),
            };
        }

        return stored.ToString();
    }

    private static string Unescaped(string stored)
    {
        var text = new StringBuilder(stored.Length);
        for (int i = 1; i < stored.Length; i++)
        {
            char c = stored[i];
            if (c == Escape && i + 1 < stored.Length)
            {
                i++;
                text.Append(stored[i] == Marker ? '\0' : stored[i]);
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
