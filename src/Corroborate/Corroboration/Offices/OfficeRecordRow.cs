namespace Corroborate.Corroboration.Offices;

/// <summary>One data row of a record file, with its line number for error messages.</summary>
internal sealed record OfficeRecordRow(int Line, IReadOnlyList<string> Fields)
{
    public string this[int column] => Fields[column];
}
