using Corroborate.Model;

namespace Corroborate.Reading;

/// <summary>The read stage: bytes of one file → a decoded <see cref="RawDocument"/>, or a document with an error diagnostic. Never throws for bad input.</summary>
public sealed class DocumentReader(ReaderOptions? options = null)
{
    private readonly ReaderOptions _options = options ?? new ReaderOptions();

    public RawDocument Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > _options.MaxFileBytes)
            {
                return Failed(path, "too-large", $"file is {info.Length / (1024 * 1024)} MB; the limit is {_options.MaxFileBytes / (1024 * 1024)} MB");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(path, "unreadable", $"cannot read file: {e.Message}");
        }

        return FromBytes(path, bytes);
    }

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
