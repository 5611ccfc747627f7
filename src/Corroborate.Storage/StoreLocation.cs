using Npgsql;

namespace Corroborate.Storage;

public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where a store lives: a SQLite file path, or a PostgreSQL connection string ("Host=…;Database=…") or URL
/// ("postgres://user:password@host:port/database"). <see cref="Display"/> names it in messages without a password.
/// </summary>
public sealed record StoreLocation(StoreKind Kind, string ConnectionString, string Display)
{
    public const string DefaultPath = "corroborate.db";
    public const string EnvironmentVariable = "CORROBORATE_STORE";

    /// <summary>The --store value, else CORROBORATE_STORE, else ./corroborate.db.</summary>
    public static StoreLocation Resolve(string? option)
    {
        string? value = option;
        if (string.IsNullOrWhiteSpace(value))
        {
            value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        return Parse(string.IsNullOrWhiteSpace(value) ? DefaultPath : value);
    }

    /// <exception cref="StoreException">A PostgreSQL connection string or URL that cannot be understood.</exception>
    public static StoreLocation Parse(string value)
    {
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(value));
        }

        // A file path never holds "key=value;" pairs naming a host, so this is unambiguous in practice.
        if (value.Contains('=', StringComparison.Ordinal) && (value.Contains("host=", StringComparison.OrdinalIgnoreCase) || value.Contains("server=", StringComparison.OrdinalIgnoreCase)))
        {
            return Postgres(value);
        }

        return new StoreLocation(StoreKind.Sqlite, value, value);
    }

    private static StoreLocation Postgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"cannot understand the PostgreSQL connection string: {e.Message}");
        }

        if (builder.Timeout == 15)
        {
            // Fail fast on an unreachable server: a user waits for one clear line, not a long hang.
            builder.Timeout = 5;
        }

        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            // An ingest runs the same few index statements thousands of times per batch; prepared on the server,
            // they skip parsing and planning on every call. (SQLite keeps a reused command prepared by itself.) A
            // connection string that sets it (0 behind a pooler that cannot keep prepared statements) wins.
            builder.MaxAutoPrepare = 64;
        }

        string display = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        return new StoreLocation(StoreKind.Postgres, builder.ConnectionString, display);
    }

    private static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException($"cannot understand the PostgreSQL URL '{url}'");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432 };
        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return builder.ConnectionString;
    }
}
