using Corroborate.Model;

namespace Corroborate.Reading;

/// <summary>The read stage: bytes of one file → a decoded <see cref="RawDocument"/>, or a document with an error diagnostic. Never throws for bad input.</summary>
public sealed class DocumentReader(ReaderOptions? options = null)
{
    private readonly ReaderOptions _options = options ?? new ReaderOptions();

    public RawDocument Read(string path)
    {
        // Looked at before opening: opening a FIFO waits for a writer, and a device (/dev/zero) never ends.
        FileStatus status = FileStatus.Of(path);
        if (status.Kind is not (FileKind.RegularFile or FileKind.Unknown or FileKind.Missing))
        {
            return Failed(path, "not-regular-file", $"not a regular file ({FileKindNames.Describe(status.Kind)}); only regular files are read");
        }

        if (status.Size > _options.MaxFileBytes)
        {
            return TooLarge(path, $"file is {status.Size / (1024 * 1024)} MB");
        }

        byte[]? bytes;
        try
        {
            bytes = ReadAtMost(path, _options.MaxFileBytes, status.Size);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(path, "unreadable", $"cannot read file: {PrintableName.Of(e.Message)}");
        }

        return bytes is null ? TooLarge(path, "file is larger than the limit") : FromBytes(path, bytes);
    }

    /// <summary>
    /// The file's bytes, or null when it holds more than <paramref name="limit"/>: at most limit + 1 bytes are read,
    /// whatever size the file claims (it may grow while read, or be a kernel file that says 0).
    /// </summary>
    private static byte[]? ReadAtMost(string path, long limit, long sizeHint)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var buffer = new byte[(int)Math.Min(Math.Max(sizeHint, 0) + 1, Math.Min(limit + 1, Array.MaxLength))];
        long total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Min(limit + 1, Array.MaxLength), Math.Max(buffer.Length * 2L, 4096)));
            }

            int read = file.Read(buffer, (int)total, buffer.Length - (int)total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > limit)
        {
            return null;
        }

        Array.Resize(ref buffer, (int)total);
        return buffer;
    }

    private RawDocument TooLarge(string path, string size) =>
        Failed(path, "too-large", $"{size}; the limit is {_options.MaxFileBytes / (1024 * 1024)} MB");

    public static RawDocument FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string id = ContentId.Of(bytes);
        if (bytes.IsEmpty)
        {
            return new RawDocument(id, path, DocumentFormat.PlainText, "", [new Diagnostic(DiagnosticSeverity.Error, "empty-file", "file is empty")]);
        }

        if (!TextDecoder.IsWideEncoding(bytes) && BinarySniffer.LooksBinary(bytes))
        {
            return new RawDocument(id, path, DocumentFormat.PlainText, "", [new Diagnostic(DiagnosticSeverity.Error, "binary-file", "file looks binary, not text or HTML")]);
        }

        var (text, problem) = TextDecoder.Decode(bytes);

        var diagnostics = new List<Diagnostic>(1);
        if (problem is not null)
        {
            diagnostics.Add(problem);
        }

        return new RawDocument(id, path, FormatOf(path, text), text, diagnostics);
    }

    private static DocumentFormat FormatOf(string path, string text)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml")
        {
            return DocumentFormat.Html;
        }

        ReadOnlySpan<char> head = text.AsSpan().TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Html
            : DocumentFormat.PlainText;
    }

    private static RawDocument Failed(string path, string code, string message) =>
        new(ContentId.Of(path), path, DocumentFormat.PlainText, "", [new Diagnostic(DiagnosticSeverity.Error, code, message)]);
}
