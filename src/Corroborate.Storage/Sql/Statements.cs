using System.Data.Common;

namespace Corroborate.Storage.Sql;

/// <summary>
/// The commands of one transaction, each prepared once and reused with new parameter values: a batch runs the
/// same few statements thousands of times, and re-parsing them was a measurable share of ingest time.
/// </summary>
internal sealed class Statements(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public int Execute(string sql, params (string Name, object? Value)[] parameters) => Get(sql, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters) =>
        Get(sql, parameters).ExecuteScalar() is var value && value is not DBNull ? value : null;

    /// <summary>Runs a query; the caller reads and disposes the reader before the next statement.</summary>
    public DbDataReader Reader(string sql, params (string Name, object? Value)[] parameters) => Get(sql, parameters).ExecuteReader();

    public void Dispose()
    {
        foreach (DbCommand command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private DbCommand Get(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out DbCommand? command))
        {
            command = SqlCommands.Command(connection, transaction, sql, parameters);
            _commands.Add(sql, command);
            return command;
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }

        return command;
    }
}
