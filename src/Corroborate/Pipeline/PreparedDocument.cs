using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Pipeline;

/// <summary>A document after the stateless stages (read, extract, text analysis): ready for the stateful indexes.</summary>
public sealed record PreparedDocument(RawDocument Document, ImmutableArray<AnalyzedArticle> Articles, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the document produced nothing usable (unreadable, binary, empty).</summary>
    public bool Failed => Articles.IsEmpty && Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
