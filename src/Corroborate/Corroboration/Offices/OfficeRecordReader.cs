using System.Globalization;

namespace Corroborate.Corroboration.Offices;

/// <summary>
/// Reads one tab-separated record file: '#' comment lines and blank lines are skipped, the first other line is a
/// header that must name the expected columns in order (optional trailing columns may be left out of the header), every
/// later line is a row with the header's number of fields (optional fields at the end of a row may be omitted).
/// A "# reviewed: YYYY-MM-DD" comment is picked up wherever it appears among the comments.
/// </summary>
internal sealed class OfficeRecordReader
{
    private const string ReviewedPrefix = "reviewed:";

    private readonly string _source;

    public OfficeRecordReader(string source) => _source = source;

    /// <summary>The review date found in the file's comments, if any.</summary>
    public DateOnly? Reviewed { get; private set; }

    /// <summary>The line of the review comment, for errors about it.</summary>
    public int ReviewedLine { get; private set; }

    public IReadOnlyList<OfficeRecordRow> Read(TextReader reader, IReadOnlyList<string> columns, int optional = 0)
    {
        int required = columns.Count - optional;
        int width = columns.Count;
        var rows = new List<OfficeRecordRow>();
        bool headerSeen = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (lineNumber == 1 && trimmed.Length > 0 && trimmed[0] == '\uFEFF')
            {
                trimmed = trimmed[1..].Trim();
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed[0] == '#')
            {
                ReadComment(trimmed[1..].Trim(), lineNumber);
                continue;
            }

            string[] fields = line.TrimEnd('\r', '\n').Split('\t');
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            if (!headerSeen)
            {
                if (fields.Length < required || fields.Length > columns.Count)
                {
                    throw Error(lineNumber, $"expected {Describe(columns, required)}, found {fields.Length} in the header.");
                }

                width = fields.Length;
                for (int i = 0; i < width; i++)
                {
                    if (!string.Equals(fields[i].TrimStart('\uFEFF'), columns[i], StringComparison.Ordinal))
                    {
                        throw Error(lineNumber, $"header column {i + 1} is '{fields[i]}', expected '{columns[i]}'.");
                    }
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length < required || fields.Length > width)
            {
                throw Error(lineNumber, $"expected {Describe(columns.Take(width).ToArray(), Math.Min(required, width))}, found {fields.Length}.");
            }

            // Omitted optional fields read as empty, so every row has one field per known column.
            string[] padded = [.. fields, .. Enumerable.Repeat("", columns.Count - fields.Length)];
            rows.Add(new OfficeRecordRow(lineNumber, padded));
        }

        if (!headerSeen)
        {
            throw Error(lineNumber, $"no header row ({string.Join(", ", columns)}).");
        }

        return rows;
    }

    private static string Describe(IReadOnlyList<string> columns, int required) =>
        required == columns.Count
            ? $"{columns.Count} tab-separated fields ({string.Join(", ", columns)})"
            : $"{required} to {columns.Count} tab-separated fields ({string.Join(", ", columns.Take(required))}, optionally {string.Join(", ", columns.Skip(required))})";

    public DateOnly ParseDate(OfficeRecordRow row, int column, string what)
    {
        if (!DateOnly.TryParseExact(row[column], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw Error(row.Line, $"{what} '{row[column]}' is not a date in the form YYYY-MM-DD.");
        }

        return date;
    }

    public OfficeRecordException Error(int line, string problem) => new(_source, line, problem);

    private void ReadComment(string comment, int lineNumber)
    {
        if (!comment.StartsWith(ReviewedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string value = comment[ReviewedPrefix.Length..].Trim();
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly reviewed))
        {
            throw Error(lineNumber, $"review date '{value}' is not a date in the form YYYY-MM-DD.");
        }

        if (Reviewed is not null)
        {
            throw Error(lineNumber, $"a second review date; the first is on line {ReviewedLine}.");
        }

        Reviewed = reviewed;
        ReviewedLine = lineNumber;
    }
}
