using System.Globalization;
using System.Text;

namespace Corroborate.Storage.Sql;

/// <summary>
/// Many-row upserts in chunks: one statement per <see cref="RowsPerStatement"/> rows instead of one per row, which
/// on PostgreSQL is one network round trip instead of hundreds. The same SQL runs on SQLite.
/// </summary>
internal static class Upserts
{
    public const int RowsPerStatement = 200;

    /// <param name="table">Table name.</param>
    /// <param name="columns">All columns, the key first.</param>
    /// <param name="rows">Values in column order.</param>
    public static void Write(Statements statements, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        foreach (object?[][] chunk in rows.Chunk(RowsPerStatement))
        {
            var parameters = new (string Name, object? Value)[chunk.Length * columns.Length];
            for (int r = 0; r < chunk.Length; r++)
            {
                for (int c = 0; c < columns.Length; c++)
                {
                    parameters[(r * columns.Length) + c] = (Name(r, c), chunk[r][c]);
                }
            }

            statements.Execute(Sql(table, columns, chunk.Length), parameters);
        }
    }

    private static string Sql(string table, string[] columns, int rows)
    {
        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        for (int r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").AppendJoin(", ", Enumerable.Range(0, columns.Length).Select(c => Name(r, c))).Append(')');
        }

        sql.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({columns[0]}) DO UPDATE SET ")
            .AppendJoin(", ", columns.Skip(1).Select(static c => $"{c} = excluded.{c}"));
        return sql.ToString();
    }

    private static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
}
