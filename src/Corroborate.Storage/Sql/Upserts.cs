using System.Globalization;
using System.Text;

namespace Corroborate.Storage.Sql;

/// <summary>
/// Many-row upserts and updates in chunks: one statement per <see cref="RowsPerStatement"/> rows instead of one per
/// row, which on PostgreSQL is one network round trip instead of hundreds. The same SQL runs on SQLite.
/// </summary>
internal static class Upserts
{
    public const int RowsPerStatement = 200;

    /// <param name="table">Table name.</param>
    /// <param name="columns">All columns, the key first.</param>
    /// <param name="rows">Values in column order.</param>
    /// <param name="keepExisting">Leave a row whose key is already stored as it is, instead of updating it.</param>
    public static void Write(Statements statements, string table, string[] columns, IEnumerable<object?[]> rows, bool keepExisting = false)
    {
        foreach (object?[][] chunk in rows.Chunk(RowsPerStatement))
        {
            statements.Execute(Sql(table, columns, chunk.Length, keepExisting), Parameters(chunk, columns.Length));
        }
    }

    /// <summary>Updates existing rows by key: <c>UPDATE … FROM (VALUES …)</c>.</summary>
    /// <param name="table">Table name.</param>
    /// <param name="columns">All columns with the SQL types to cast to, the key first. A column that may be null needs
    /// its type, because a column of nulls alone has no type on PostgreSQL; null: no cast.</param>
    /// <param name="rows">Values in column order.</param>
    public static void Update(Statements statements, string table, (string Name, string? Type)[] columns, IEnumerable<object?[]> rows)
    {
        foreach (object?[][] chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder().Append(CultureInfo.InvariantCulture, $"UPDATE {table} SET ")
                .AppendJoin(", ", columns.Skip(1).Select((c, i) => $"{c.Name} = {Cast($"v.column{i + 2}", c.Type)}"))
                .Append(" FROM (VALUES ");
            AppendRows(sql, chunk.Length, columns.Length);
            sql.Append(CultureInfo.InvariantCulture, $") AS v WHERE {table}.{columns[0].Name} = {Cast("v.column1", columns[0].Type)}");
            statements.Execute(sql.ToString(), Parameters(chunk, columns.Length));
        }
    }

    private static string Cast(string value, string? type) => type is null ? value : $"CAST({value} AS {type})";

    private static (string Name, object? Value)[] Parameters(object?[][] chunk, int columns)
    {
        var parameters = new (string Name, object? Value)[chunk.Length * columns];
        for (int r = 0; r < chunk.Length; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                parameters[(r * columns) + c] = (Name(r, c), chunk[r][c]);
            }
        }

        return parameters;
    }

    private static void AppendRows(StringBuilder sql, int rows, int columns)
    {
        for (int r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").AppendJoin(", ", Enumerable.Range(0, columns).Select(c => Name(r, c))).Append(')');
        }
    }

    private static string Sql(string table, string[] columns, int rows, bool keepExisting)
    {
        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        AppendRows(sql, rows, columns.Length);
        sql.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({columns[0]}) ");
        if (keepExisting)
        {
            sql.Append("DO NOTHING");
        }
        else
        {
            sql.Append("DO UPDATE SET ").AppendJoin(", ", columns.Skip(1).Select(static c => $"{c} = excluded.{c}"));
        }

        return sql.ToString();
    }

    private static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
}
