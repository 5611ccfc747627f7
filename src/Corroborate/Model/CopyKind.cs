namespace Corroborate.Model;

public enum CopyKind
{
    /// <summary>The same words in the same order.</summary>
    Exact,

    /// <summary>Nearly the same text (re-punctuated, re-quoted, lightly edited).</summary>
    Near,

    /// <summary>One is contained in the other: a cut-short copy.</summary>
    Truncated,
}
