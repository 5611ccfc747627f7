using Corroborate.Mentions;

namespace Corroborate.Corroboration;

/// <summary>
/// Resolves the names a story uses for one person to one form: "Zelensky", "Zelenskyy" and "Volodymyr Zelenskyy"
/// become "Volodymyr Zelenskyy" (the fullest form the story uses).
/// </summary>
/// <remarks>
/// Two names can only be the same person when their surnames are (<see cref="PersonNames.SurnameKey"/>), so the full
/// forms are kept by surname and a name is compared only with those sharing its surname: comparing every name with
/// every other made a story quoting thousands of different people quadratic. The result is the same as comparing
/// all of them in order, because a name of another surname never matches.
/// </remarks>
internal sealed class PersonResolver
{
    /// <summary>The full forms, by surname key, each list in the order the full forms were chosen.</summary>
    private readonly Dictionary<string, List<string>> _fullBySurname = new(StringComparer.Ordinal);

    /// <summary>Name comparisons made on this thread, so tests can check the work grows with the names, not their square.</summary>
    [ThreadStatic]
    private static long t_comparisons;

    internal static long Comparisons => t_comparisons;

    public PersonResolver(IEnumerable<string> names)
    {
        // Fullest forms first, so a short form resolves to the longest name it matches; ties broken by spelling.
        foreach (string name in names.Distinct(StringComparer.Ordinal)
                     .OrderByDescending(n => n.Count(c => c == ' '))
                     .ThenByDescending(n => n.Length)
                     .ThenBy(n => n, StringComparer.Ordinal))
        {
            if (PersonNames.SurnameKey(name) is not { } surname)
            {
                continue; // no words: matches nothing, so it is never anyone's full form
            }

            if (!_fullBySurname.TryGetValue(surname, out List<string>? full))
            {
                _fullBySurname[surname] = full = [];
            }

            if (!full.Any(f => Same(f, name)))
            {
                full.Add(name);
            }
        }
    }

    public string Canonical(string name)
    {
        if (PersonNames.SurnameKey(name) is { } surname && _fullBySurname.TryGetValue(surname, out List<string>? full))
        {
            foreach (string f in full)
            {
                if (Same(f, name))
                {
                    return f;
                }
            }
        }

        return name;
    }

    private static bool Same(string a, string b)
    {
        t_comparisons++;
        return PersonNames.SameAs(a, b);
    }
}
