namespace Corroborate.Corroboration;

/// <summary>Compares outlet names loosely: "The Guardian" = "guardian" = "theguardian.com".</summary>
internal static class OutletNames
{
    public static string Key(string outlet)
    {
        string lower = outlet.Trim().ToLowerInvariant();
        if (lower.StartsWith("www.", StringComparison.Ordinal))
        {
            lower = lower[4..];
        }

        int dot = lower.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && !lower.Contains(' ', StringComparison.Ordinal))
        {
            lower = lower[..dot];
        }

        if (lower.StartsWith("the ", StringComparison.Ordinal))
        {
            lower = lower[4..];
        }

        return new string(lower.Where(char.IsLetterOrDigit).ToArray());
    }

    public static bool Known(string cited, IReadOnlySet<string> corpusKeys)
    {
        string key = Key(cited);
        if (key.Length == 0)
        {
            return true;
        }

        if (corpusKeys.Contains(key) || corpusKeys.Contains("the" + key) || (key.StartsWith("the", StringComparison.Ordinal) && corpusKeys.Contains(key[3..])))
        {
            return true;
        }

        return corpusKeys.Any(k => k.Length >= 4 && key.Length >= 4 && (k.Contains(key, StringComparison.Ordinal) || key.Contains(k, StringComparison.Ordinal)));
    }
}
