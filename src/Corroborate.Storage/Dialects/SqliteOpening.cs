using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using Corroborate.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Dialects;

/// <summary>
/// Opens a SQLite store file without changing a byte of it until it is known to be an intact Corroborate store (or
/// an empty file to create one in): the identity check and <c>PRAGMA quick_check</c> run on a fresh connection before
/// any pragma that writes (switching to WAL rewrites the header). A place that allows no writing — the file's or its
/// folder's permissions, which bind root too — is opened read-only, and in WAL mode as immutable when the journal's
/// shared-memory file cannot be made there.
/// </summary>
internal static class SqliteOpening
{
    // The first 16 bytes of every SQLite database file.
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    public static SqliteConnection Open(string path, bool create)
    {
        bool exists = File.Exists(path);
        if (!create && !exists)
        {
            throw new StoreException($"no store at {path}; create one with 'corroborate ingest PATH... --store {path}'");
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        bool fileProtected = exists && AllowsNoWriting(path);
        bool folderProtected = Directory.Exists(folder) && AllowsNoWriting(folder);
        if (create && fileProtected)
        {
            throw new StoreException($"{path} is read-only (its permissions allow no writing); nothing was written");
        }

        if (create && folderProtected)
        {
            // A writer needs the journal files beside the store: none can be made in a folder that allows no writing.
            throw new StoreException(exists
                ? $"{path} is read-only (its folder {folder} allows no writing); nothing was written"
                : $"cannot open or create the store {path}: its folder {folder} allows no writing");
        }

        if (!exists)
        {
            return Connect(path, SqliteOpenMode.ReadWriteCreate, immutable: false);
        }

        // A store that is not in WAL mode needs no shared-memory file; one in WAL mode needs it beside the file.
        bool wal = IsWal(path);
        bool immutable = !create && folderProtected && wal && !File.Exists(path + "-shm");
        if (immutable && File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0)
        {
            throw new StoreException(
                $"cannot read {path}: its folder allows no writing and {path}-wal holds changes not yet merged into it; make the folder writable once (any read or ingest merges them)");
        }

        SqliteOpenMode mode = create ? SqliteOpenMode.ReadWrite : fileProtected || folderProtected ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite;
        try
        {
            return Inspected(path, mode, immutable);
        }
        catch (SqliteException e) when (!create && wal && !immutable && (e.SqliteErrorCode & 0xFF) is SqliteErrorCodes.CantOpen or SqliteErrorCodes.ReadOnly)
        {
            // A folder this process may not write to (whatever its permission bits say to others): no shared-memory
            // file can be made, so a reader reads the file as it is when no unmerged changes wait beside it.
            if (File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0)
            {
                throw new StoreException($"cannot read {path}: no journal file can be made in its folder and {path}-wal holds changes not yet merged into it; make the folder writable once (any read or ingest merges them)", e);
            }

            return Inspected(path, SqliteOpenMode.ReadOnly, immutable: true);
        }
    }

    private static SqliteConnection Inspected(string path, SqliteOpenMode mode, bool immutable)
    {
        SqliteConnection connection = Connect(path, mode, immutable);
        try
        {
            Inspect(connection, path);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Before anything is written: a file that is not SQLite, a SQLite file of another application, or a damaged
    /// store is refused. Reads only.
    /// </summary>
    private static void Inspect(SqliteConnection connection, string path)
    {
        try
        {
            // The first statement reads the header: a file that is not a database fails here.
            SqlCommands.Scalar(connection, null, "PRAGMA schema_version");
            List<string> problems = SqlCommands.Query(connection, null, "PRAGMA quick_check(3)", static r => r.GetString(0));
            if (problems is not ["ok"])
            {
                // One line: quick_check's rows may hold line breaks, and the first problem is enough to act on.
                string first = string.Join(' ', problems[0].Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
                throw StoreException.Damaged(path, "quick_check: " + first + (problems.Count > 1 ? "; and more" : ""));
            }

            if (CutShort(path) is string cut)
            {
                throw StoreException.Damaged(path, cut);
            }

            long tables = Count(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            long ours = Count(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
            if (tables > 0 && ours == 0)
            {
                throw new StoreException($"{path} already holds other tables but no Corroborate store; use a new file or database");
            }
        }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) is SqliteErrorCodes.NotADatabase or SqliteErrorCodes.Corrupt)
        {
            // A file that starts like SQLite but cannot be read as one is a damaged database, not someone else's file.
            throw (e.SqliteErrorCode & 0xFF) == SqliteErrorCodes.Corrupt || StartsWithMagic(path)
                ? StoreException.Damaged(path, e.Message, e)
                : new StoreException($"{path} is not a Corroborate store (not a SQLite database)", e);
        }
    }

    /// <summary>
    /// A file cut short where quick_check does not look: not a whole number of pages, or fewer pages than its header
    /// counts. Checked only when no journal is in use (no -wal with content): a checkpoint in progress in another
    /// process may extend the file after it wrote the new header.
    /// </summary>
    private static string? CutShort(string path)
    {
        string wal = path + "-wal";
        if (File.Exists(wal) && new FileInfo(wal).Length > 0)
        {
            return null;
        }

        byte[] header = Head(path, 100);
        long length = new FileInfo(path).Length;
        if (header.Length < 100 || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        int field = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16));
        long pageSize = field == 1 ? 65536 : field;
        if (pageSize < 512 || !BitOperations.IsPow2(pageSize))
        {
            return null;
        }

        if (length % pageSize != 0)
        {
            return $"the file is {length} bytes, not a whole number of {pageSize}-byte pages: it was cut short";
        }

        // The header's page count is valid when its version-valid-for number equals the change counter.
        long counted = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        bool valid = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24)) == BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92));
        return valid && counted > 0 && length < counted * pageSize
            ? $"the file holds {length / pageSize} of the {counted} pages its header counts: it was cut short"
            : null;
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode, bool immutable)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            // immutable=1 (a URI parameter): SQLite reads the file as it is, with no journal and no locks.
            DataSource = immutable ? new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1" : path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 120,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Permissions with no write bit at all: read-only for everyone, root included (who would otherwise write through them).</summary>
    private static bool AllowsNoWriting(string path) =>
        !OperatingSystem.IsWindows()
        && (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;

    /// <summary>Header bytes 18 and 19 (the file format's write and read versions) are 2 in WAL mode.</summary>
    private static bool IsWal(string path)
    {
        byte[] header = Head(path, 20);
        return header.Length == 20 && header[18] == 2 && header[19] == 2;
    }

    private static bool StartsWithMagic(string path) => Head(path, Magic.Length).AsSpan().SequenceEqual(Magic);

    private static byte[] Head(string path, int count)
    {
        try
        {
            using FileStream file = File.OpenRead(path);
            byte[] buffer = new byte[count];
            int read = file.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
            return buffer[..read];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static long Count(SqliteConnection connection, string sql) =>
        Convert.ToInt64(SqlCommands.Scalar(connection, null, sql), CultureInfo.InvariantCulture);
}
