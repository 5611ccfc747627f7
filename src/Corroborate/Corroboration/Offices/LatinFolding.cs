namespace Corroborate.Corroboration.Offices;

/// <summary>
/// Folds accented Latin letters to their plain ASCII base ("é"→"e", "ł"→"l", "ß"→"ss"). The engine runs with
/// invariant globalization, where Unicode normalization is not available, so the Latin-1 Supplement and Latin
/// Extended-A/B blocks, which cover the names in the record, are folded from a table.
/// </summary>
internal static class LatinFolding
{
    private const char First = '\u00C0';

    // One base letter per code point from U+00C0; '?' = no single-letter base (multi-letter or not a letter).
    private const string Bases =
        "aaaaaa?ceeeeiiii" // U+00C0
        + "dnooooo ouuuuy??" // U+00D0
        + "aaaaaa?ceeeeiiii" // U+00E0
        + "dnooooo ouuuuy?y" // U+00F0
        + "aaaaaaccccccccdd" // U+0100
        + "ddeeeeeeeeeegggg" // U+0110
        + "gggghhhhiiiiiiii" // U+0120
        + "ii??jjkkklllllll" // U+0130
        + "lllnnnnnnnnnoooo" // U+0140
        + "oo??rrrrrrssssss" // U+0150
        + "ssttttttuuuuuuuu" // U+0160
        + "uuuuwwyyyzzzzzzs" // U+0170
        + "????????????????" // U+0180
        + "????????????????" // U+0190
        + "oo?????????????u" // U+01A0
        + "u???????????????" // U+01B0
        + "?????????????aai" // U+01C0
        + "ioouuuuuuuuuu?aa" // U+01D0
        + "aa????ggkkoooo??" // U+01E0
        + "j???gg??nnaa????" // U+01F0
        + "aaaaeeeeiiiioooo" // U+0200
        + "rrrruuuusstt??hh" // U+0210
        + "??????aaeeoooooo" // U+0220
        + "ooyy????????????" // U+0230
        + "????????????????"; // U+0240

    /// <summary>Appends the lower-case ASCII base of <paramref name="c"/>, or the lower-case letter itself when it has none.</summary>
    public static void AppendFolded(System.Text.StringBuilder builder, char c)
    {
        // Combining diacritical marks from already-decomposed input carry no letter.
        if (c is >= '\u0300' and <= '\u036F')
        {
            return;
        }

        char lower = char.ToLowerInvariant(c);
        int index = lower - First;
        if (index < 0 || index >= Bases.Length)
        {
            builder.Append(lower);
            return;
        }

        char single = Bases[index];
        if (single != '?')
        {
            builder.Append(single);
            return;
        }

        builder.Append(lower switch
        {
            'æ' => "ae",
            'œ' => "oe",
            'ß' => "ss",
            'þ' => "th",
            'ĳ' => "ij",
            _ => lower.ToString(),
        });
    }
}
