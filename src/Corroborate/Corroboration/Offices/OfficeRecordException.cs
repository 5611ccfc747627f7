namespace Corroborate.Corroboration.Offices;

/// <summary>
/// A problem in an office record file. The message names the file and line so a person editing the TSV by hand can
/// go straight to the row.
/// </summary>
public sealed class OfficeRecordException : FormatException
{
    public OfficeRecordException(string source, int line, string problem)
        : base($"{source}, line {line}: {problem}")
    {
        Source = source;
        Line = line;
    }

    public OfficeRecordException()
    {
        Source = "";
    }

    public OfficeRecordException(string message)
        : base(message)
    {
        Source = "";
    }

    public OfficeRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = "";
    }

    /// <summary>The file's name ("office-holders.tsv").</summary>
    public new string Source { get; }

    /// <summary>1-based line number of the offending row; 0 when the problem is not tied to a line.</summary>
    public int Line { get; }
}
