using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>The extract stage: one decoded document in, its clean articles out. Stateless and thread-safe.</summary>
public sealed class ArticleExtractor
{
    public ExtractionResult Extract(RawDocument document)
    {
        // Placeholder: the whole document is one article. Segmentation, boilerplate removal and repair follow.
        string text = document.Text.Trim();
        if (text.Length == 0)
        {
            return new ExtractionResult([], [new Diagnostic(DiagnosticSeverity.Warning, "empty-document", "the document has no text")]);
        }

        int start = document.Text.IndexOf(text, StringComparison.Ordinal);
        var article = new Article(
            ContentId.Of(document.Id, start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            document.Id,
            document.Path,
            0,
            start,
            start + text.Length,
            null,
            null,
            null,
            text,
            false,
            [],
            [],
            OffsetMap.Identity(start, text.Length));
        return new ExtractionResult([article], []);
    }
}
