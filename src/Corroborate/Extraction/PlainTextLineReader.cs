namespace Corroborate.Extraction;

/// <summary>Splits plain text into trimmed lines that are slices of the document (blank lines kept: they separate blocks).</summary>
internal static class PlainTextLineReader
{
    public static List<SourceLine> Read(string text)
    {
        var lines = new List<SourceLine>();
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            int s = pos;
            int e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            lines.Add(new SourceLine(text[s..e], s));
            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        return lines;
    }
}
