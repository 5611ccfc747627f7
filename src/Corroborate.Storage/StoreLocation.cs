using Npgsql;

namespace Corroborate.Storage;

public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where a store lives: a SQLite file path, or PostgreSQL. PostgreSQL is named explicitly, never guessed from a
/// word somewhere in the value: a URL ("postgres://user:password@host:port/database" or "postgresql://…"), a
/// connection string after "pg:" ("pg:Host=…;Database=…"), or a connection string that begins with a
/// connection-string keyword ("Host=…;Database=…"). Anything else is a file path, so "/data/host=a/news.db" is a
/// file (a file named like a connection string is written "./Host=…"). <see cref="Display"/> names the store in
/// messages without a password, and no message echoes one.
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

        if (value.StartsWith(PostgresPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(value[PostgresPrefix.Length..]);
        }

        if (StartsWithConnectionKeyword(value))
        {
            return Postgres(value);
        }

        return new StoreLocation(StoreKind.Sqlite, value, value);
    }

    /// <summary>The explicit prefix of a PostgreSQL connection string: "pg:Host=…;Database=…".</summary>
    public const string PostgresPrefix = "pg:";

    /// <summary>
    /// "Host=…", "Database=…", "Server=…": the value's first "key=" is a keyword Npgsql knows. Only the start counts:
    /// a path with "host=" in a folder name ("/data/host=a/news.db") begins with no keyword.
    /// </summary>
    private static bool StartsWithConnectionKeyword(string value)
    {
        int equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return false;
        }

        string key = value[..equals].Trim();
        return key.Length > 0 && key.All(static c => char.IsAsciiLetter(c) || c == ' ') && new NpgsqlConnectionStringBuilder().ContainsKey(key);
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
            throw new StoreException($"cannot understand the PostgreSQL URL '{WithoutPassword(url)}' (expected postgres://user:password@host:port/database)");
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

    /// <summary>The URL with the password of its user part (between "user:" and the last "@") replaced by "***".</summary>
    internal static string WithoutPassword(string url)
    {
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        int at = url.LastIndexOf('@');
        if (scheme < 0 || at < scheme)
        {
            return url;
        }

        int colon = url.IndexOf(':', scheme + 3);
        return colon < 0 || colon > at ? url : string.Concat(url.AsSpan(0, colon + 1), "***", url.AsSpan(at));
    }
}
