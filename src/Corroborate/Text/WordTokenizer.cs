namespace Corroborate.Text;

/// <summary>
/// Splits text into words: runs of letters and digits, keeping an apostrophe between letters
/// ("Norway's") and a comma or point between digits ("1,000", "3.5"). Hyphens and slashes split.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<WordToken>(text.Length / 6 + 1);
        Tokenize(text, tokens);
        return tokens;
    }

    public static void Tokenize(ReadOnlySpan<char> text, List<WordToken> into)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            i++;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || IsMark(c))
                {
                    i++;
                }
                else if (i + 1 < text.Length && IsJoiner(text[i - 1], c, text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            into.Add(new WordToken(start, i));
        }
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char before, char c, char after) => c switch
    {
        '\'' or '\u2019' => char.IsLetter(before) && char.IsLetter(after),
        ',' or '.' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };
}
