namespace Corroborate.Model;

/// <summary>
/// One input document, decoded. <see cref="Text"/> is the exact decoded text (for HTML, the markup itself):
/// every offset elsewhere in the model is a UTF-16 index into it.
/// </summary>
/// <param name="Id">A content hash of the raw bytes, so the same bytes always get the same id.</param>
public sealed record RawDocument(
    string Id,
    string Path,
    DocumentFormat Format,
    string Text,
    IReadOnlyList<Diagnostic> Diagnostics);
