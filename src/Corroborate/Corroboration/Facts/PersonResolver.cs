using Corroborate.Mentions;

namespace Corroborate.Corroboration;

/// <summary>
/// Resolves the names a story uses for one person to one form: "Zelensky", "Zelenskyy" and "Volodymyr Zelenskyy"
/// become "Volodymyr Zelenskyy" (the fullest form the story uses).
/// </summary>
internal sealed class PersonResolver
{
    private readonly List<string> _full = [];

    public PersonResolver(IEnumerable<string> names)
    {
        // Fullest forms first, so a short form resolves to the longest name it matches; ties broken by spelling.
        foreach (string name in names.Distinct(StringComparer.Ordinal)
                     .OrderByDescending(n => n.Count(c => c == ' '))
                     .ThenByDescending(n => n.Length)
                     .ThenBy(n => n, StringComparer.Ordinal))
        {
            if (!_full.Any(f => PersonNames.SameAs(f, name)))
            {
                _full.Add(name);
            }
        }
    }

    public string Canonical(string name)
    {
        foreach (string full in _full)
        {
            if (PersonNames.SameAs(full, name))
            {
                return full;
            }
        }

        return name;
    }
}
