using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>One document as reported: where it came from and what went wrong with it.</summary>
public sealed record DocumentReport(string Id, string Path, DocumentFormat Format, ImmutableArray<Diagnostic> Diagnostics);
