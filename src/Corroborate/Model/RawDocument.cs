namespace Corroborate.Model;

/// <summary>
/// One input document, decoded. <see cref="Text"/> is the exact decoded text (for HTML, the markup itself):
/// every offset elsewhere in the model is a UTF-16 index into it.
/// </summary>
/// <param name="Id">A content hash of the raw bytes, so the same bytes always get the same id.</param>
/// <param name="Path">The name the document is reported under: a file path, or a source-given name (feed#item).</param>
public sealed record RawDocument(
    string Id,
    string Path,
    DocumentFormat Format,
    string Text,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Where the document came from; a file at <see cref="Path"/> unless its source says otherwise.</summary>
    public DocumentOrigin Origin { get; init; } = DocumentOrigin.File(Path);

    /// <summary>What the source knew about the document before extraction.</summary>
    public KnownMetadata Known { get; init; } = KnownMetadata.None;
}
