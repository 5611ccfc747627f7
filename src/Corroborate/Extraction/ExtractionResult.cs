using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>What extraction found in one document: its articles (main first) and any non-fatal problems.</summary>
public sealed record ExtractionResult(ImmutableArray<Article> Articles, ImmutableArray<Diagnostic> Diagnostics);
