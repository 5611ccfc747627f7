namespace Corroborate.Corroboration.Offices;

/// <summary>
/// Turns the two record files into validated offices: every term names a known office, has real dates in order,
/// starts no later than the review date, and no two terms of one office overlap. End dates are inclusive, so a
/// handover day, where one term ends on the day the next starts, is the one allowed shared day. An office may say from
/// which day its record is complete (recorded_from); that day must fall within a recorded term, and not after the review date.
/// </summary>
internal static class OfficeRecordLoader
{
    public const string OfficesSource = "offices.tsv";
    public const string HoldersSource = "office-holders.tsv";

    private static readonly string[] OfficeColumns = ["office_id", "jurisdiction", "name", "titles", "recorded_from"];
    private static readonly string[] HolderColumns = ["office_id", "holder", "aliases", "start", "end"];

    public static (IReadOnlyList<Office> Offices, DateOnly ReviewedThrough) Load(TextReader offices, TextReader holders)
    {
        var officeReader = new OfficeRecordReader(OfficesSource);
        IReadOnlyList<OfficeRecordRow> officeRows = officeReader.Read(offices, OfficeColumns, optional: 1);

        var holderReader = new OfficeRecordReader(HoldersSource);
        IReadOnlyList<OfficeRecordRow> holderRows = holderReader.Read(holders, HolderColumns);
        DateOnly reviewed = holderReader.Reviewed
            ?? throw holderReader.Error(0, "missing the '# reviewed: YYYY-MM-DD' comment that says how far the record is complete.");

        var order = new List<string>();
        var definitions = new Dictionary<string, OfficeRecordRow>(StringComparer.Ordinal);
        foreach (OfficeRecordRow row in officeRows)
        {
            string id = row[0];
            if (id.Length == 0 || row[1].Length == 0 || row[2].Length == 0 || row[3].Length == 0)
            {
                throw officeReader.Error(row.Line, "office_id, jurisdiction, name and titles must all be filled in.");
            }

            if (!definitions.TryAdd(id, row))
            {
                throw officeReader.Error(row.Line, $"office '{id}' is already defined on line {definitions[id].Line}.");
            }

            order.Add(id);
        }

        Dictionary<string, List<(OfficeTerm Term, int Line)>> termsByOffice = ReadTerms(holderReader, holderRows, definitions, reviewed);

        var result = new List<Office>(order.Count);
        foreach (string id in order)
        {
            OfficeRecordRow row = definitions[id];
            List<(OfficeTerm Term, int Line)> terms = termsByOffice.GetValueOrDefault(id) ?? [];
            CheckNoOverlap(holderReader, terms);
            DateOnly? recordedFrom = RecordedFrom(officeReader, row, terms, reviewed);
            string[] jurisdictions = SplitList(row[1]).Select(OfficeTitle.NormalizeJurisdiction).Distinct(StringComparer.Ordinal).ToArray();
            if (jurisdictions.Length == 0)
            {
                throw officeReader.Error(row.Line, "jurisdiction is empty.");
            }

            result.Add(new Office(
                id,
                jurisdictions,
                row[2],
                SplitList(row[3]).Select(OfficeTitle.Normalize).Distinct(StringComparer.Ordinal).ToArray(),
                terms.Select(entry => entry.Term).ToArray(),
                recordedFrom));
        }

        return (result, reviewed);
    }

    private static DateOnly? RecordedFrom(OfficeRecordReader reader, OfficeRecordRow row, List<(OfficeTerm Term, int Line)> terms, DateOnly reviewed)
    {
        if (row[4].Length == 0)
        {
            return null;
        }

        DateOnly from = reader.ParseDate(row, 4, "recorded_from");
        if (from > reviewed)
        {
            throw reader.Error(row.Line, $"recorded_from {row[4]} is after the review date {reviewed:yyyy-MM-dd}.");
        }

        // Complete from a day means the holder of that day is recorded.
        if (!terms.Any(entry => entry.Term.IsInOfficeOn(from)))
        {
            throw reader.Error(row.Line, $"recorded_from {row[4]}: {HoldersSource} names no holder of {row[0]} on that day.");
        }

        return from;
    }

    private static Dictionary<string, List<(OfficeTerm Term, int Line)>> ReadTerms(
        OfficeRecordReader reader,
        IReadOnlyList<OfficeRecordRow> rows,
        Dictionary<string, OfficeRecordRow> definitions,
        DateOnly reviewed)
    {
        var termsByOffice = new Dictionary<string, List<(OfficeTerm Term, int Line)>>(StringComparer.Ordinal);
        foreach (OfficeRecordRow row in rows)
        {
            string officeId = row[0];
            if (!definitions.ContainsKey(officeId))
            {
                throw reader.Error(row.Line, $"unknown office_id '{officeId}'; define it in {OfficesSource} first.");
            }

            if (row[1].Length == 0)
            {
                throw reader.Error(row.Line, "holder is empty.");
            }

            DateOnly start = reader.ParseDate(row, 3, "start");
            DateOnly? end = row[4].Length == 0 ? null : reader.ParseDate(row, 4, "end");
            if (end is { } last && last <= start)
            {
                throw reader.Error(row.Line, $"end {row[4]} is not after start {row[3]}.");
            }

            if (start > reviewed)
            {
                throw reader.Error(row.Line, $"start {row[3]} is after the review date {reviewed:yyyy-MM-dd}; the record only holds reviewed terms.");
            }

            var term = new OfficeTerm(officeId, row[1], SplitList(row[2]), start, end);
            if (!termsByOffice.TryGetValue(officeId, out List<(OfficeTerm Term, int Line)>? list))
            {
                termsByOffice[officeId] = list = [];
            }

            list.Add((term, row.Line));
        }

        return termsByOffice;
    }

    private static void CheckNoOverlap(OfficeRecordReader reader, List<(OfficeTerm Term, int Line)> terms)
    {
        // Stable sort by start keeps the file's order for equal starts, so the error names the later line.
        List<(OfficeTerm Term, int Line)> sorted = [.. terms.OrderBy(entry => entry.Term.Start).ThenBy(entry => entry.Line)];
        for (int i = 1; i < sorted.Count; i++)
        {
            (OfficeTerm previous, int previousLine) = sorted[i - 1];
            (OfficeTerm current, int currentLine) = sorted[i];
            if (previous.End is null || current.Start < previous.End.Value)
            {
                int line = Math.Max(previousLine, currentLine);
                int other = Math.Min(previousLine, currentLine);
                throw reader.Error(line, $"term of {current.Holder} in {current.OfficeId} overlaps the term of {previous.Holder} on line {other}.");
            }
        }

        terms.Clear();
        terms.AddRange(sorted);
    }

    private static string[] SplitList(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
