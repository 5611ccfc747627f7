namespace Corroborate.Model;

/// <summary>How bad a non-fatal problem is; an <see cref="DiagnosticSeverity.Error"/> means the document produced nothing.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A non-fatal problem found while processing one document, reported instead of thrown.</summary>
/// <param name="Code">A stable kebab-case code, e.g. <c>binary-file</c>, <c>encoding-fallback</c>.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message);
