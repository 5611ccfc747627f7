namespace Corroborate.Model;

/// <summary>
/// Where a sentence of the clean text sits in the original document, and whether the document says it verbatim there
/// (the same characters, ignoring whitespace). Only verbatim sentences can be cited: a brief never shows a sentence that
/// extraction repaired beyond spacing, or that spans markup in an HTML page.
/// </summary>
public readonly record struct SourceSpan(int Start, int End, bool Verbatim);
