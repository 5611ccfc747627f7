using System.Globalization;
using System.Text;

namespace Corroborate.Model;

/// <summary>
/// A file name (or any name a user or a site chose) made safe to print on a terminal or in a report: a name can hold
/// an escape sequence that recolours or rewrites the terminal, or a newline that forges a second stderr line. The one
/// way names are printed: control characters become visible escapes — <c>\n</c>, <c>\r</c>, <c>\t</c>, else
/// <c>\xHH</c> (C0 controls, DEL, C1 controls) or <c>\uHHHH</c> (line and paragraph separators, bidirectional
/// controls that reorder what follows, unpaired surrogates). Everything else, backslash included, is printed as is.
/// </summary>
public static class PrintableName
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int first = FirstUnsafe(name);
        if (first < 0)
        {
            return name;
        }

        var printable = new StringBuilder(name.Length + 8);
        printable.Append(name, 0, first);
        for (int i = first; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                printable.Append(c).Append(name[++i]);
            }
            else if (!IsUnsafe(c))
            {
                printable.Append(c);
            }
            else
            {
                printable.Append(c switch
                {
                    '\n' => @"\n",
                    '\r' => @"\r",
                    '\t' => @"\t",
                    < '\u0100' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                });
            }
        }

        return printable.ToString();
    }

    private static int FirstUnsafe(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A character that changes what a terminal shows or how lines split, or a surrogate that is not half of a pair.</summary>
    private static bool IsUnsafe(char c) =>
        c < ' '
        || c is >= '\u007f' and <= '\u009f'
        || c is '\u2028' or '\u2029' or '\u200e' or '\u200f' or '\u061c'
        || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069'
        || char.IsSurrogate(c);
}
