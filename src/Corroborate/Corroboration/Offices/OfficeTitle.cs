namespace Corroborate.Corroboration.Offices;

/// <summary>
/// Normalizes titles and jurisdictions to the lookup form, so "Secretary-General" and "secretary  general" find the
/// same office.
/// </summary>
internal static class OfficeTitle
{
    public static string Normalize(string title)
    {
        var builder = new System.Text.StringBuilder(title.Length);
        bool pendingSpace = false;
        foreach (char raw in title)
        {
            char c = char.ToLowerInvariant(raw);
            bool separator = char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–' or '—' or '_';
            if (separator)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string NormalizeJurisdiction(string jurisdiction) => jurisdiction.Trim().ToUpperInvariant();

    public static string Key(string jurisdiction, string title) => NormalizeJurisdiction(jurisdiction) + "\u001F" + Normalize(title);
}
