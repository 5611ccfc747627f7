using System.Collections.Frozen;
using System.Collections.Immutable;
using Corroborate.Lexicons;
using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Keys the role mentions of one story. A portfolio written before "minister" or "secretary" ("Union Sports Minister")
/// is part of the title, not a jurisdiction. A role with no jurisdiction takes, in order: the one the office record
/// gives its holder, the one the story gives the same person in the same title elsewhere, and the story's country when
/// the story names one country far more than any other. When none holds, the jurisdiction is left open and the role is
/// never compared: two foreign ministers in a story about two countries are not a conflict.
/// </summary>
internal sealed class StoryRoles
{
    private static readonly FrozenSet<string> GovernmentLevels = FrozenSet.ToFrozenSet(Lexicon.Entries("government-levels.txt"), StringComparer.Ordinal);

    // Lexicons/government-titles.txt: whole titles, and "* word" rows for every title ending in that word.
    private static readonly FrozenSet<string> GovernmentTitles = FrozenSet.ToFrozenSet(
        Lexicon.Entries("government-titles.txt").Where(static e => !e.StartsWith("* ", StringComparison.Ordinal)), StringComparer.Ordinal);

    private static readonly ImmutableArray<string> GovernmentTitleEndings = [.. Lexicon.Entries("government-titles.txt")
        .Where(static e => e.StartsWith("* ", StringComparison.Ordinal)).Select(static e => " " + e[2..].Trim())];

    private readonly Func<RoleMention, string?> _recorded;
    private readonly Dictionary<(string Person, string Title), string?> _byPerson = [];
    private readonly string? _storyCountry;

    public StoryRoles(IEnumerable<ArticleReport> articles, Func<RoleMention, string?> recorded, CorroborationOptions options)
    {
        _recorded = recorded;
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ArticleReport article in articles)
        {
            foreach (RoleMention role in article.Analyzed.Mentions.Roles)
            {
                var (title, jurisdiction) = Normalized(role);
                jurisdiction ??= recorded(role with { Title = title, Jurisdiction = null });
                if (jurisdiction is not null)
                {
                    var key = (PersonNames.Key(role.Holder), title);
                    // A person given two jurisdictions for one title is left open.
                    _byPerson[key] = _byPerson.TryGetValue(key, out string? seen) && seen != jurisdiction ? null : jurisdiction;
                }
            }

            CountCountries(article.Article.Text, countries);
        }

        int total = countries.Values.Sum();
        var top = countries.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault();
        _storyCountry = top.Key is not null && top.Value >= options.StoryCountryMinMentions && top.Value >= options.StoryCountryMinShare * total ? top.Key : null;
    }

    public RoleKey KeyOf(RoleMention role)
    {
        var (title, jurisdiction) = Normalized(role);
        jurisdiction ??= _recorded(role with { Title = title, Jurisdiction = null });
        if (jurisdiction is null && _byPerson.TryGetValue((PersonNames.Key(role.Holder), title), out string? same))
        {
            // The same person's jurisdiction elsewhere; null when the story gives them two, which stays open.
            return new RoleKey(same, title);
        }

        return new RoleKey(jurisdiction ?? (IsGovernmentTitle(title) ? _storyCountry : null), title);
    }

    /// <summary>Counts the countries a text names (by name or adjective, one or two capitalized words: "India", "South African").</summary>
    private static void CountCountries(string text, Dictionary<string, int> countries)
    {
        List<Text.WordToken> tokens = Text.WordTokenizer.Tokenize(text);
        for (int k = 0; k < tokens.Count; k++)
        {
            if (!char.IsUpper(text[tokens[k].Start]))
            {
                continue;
            }

            if (k + 1 < tokens.Count && char.IsUpper(text[tokens[k + 1].Start]) && tokens[k + 1].Start == tokens[k].End + 1
                && Places.TryJurisdiction(text.AsSpan(tokens[k].Start, tokens[k + 1].End - tokens[k].Start), out string pair) && IsCountry(pair))
            {
                countries[pair] = countries.GetValueOrDefault(pair) + 1;
                k++;
            }
            else if (Places.TryJurisdiction(text.AsSpan(tokens[k].Start, tokens[k].Length), out string code) && IsCountry(code))
            {
                countries[code] = countries.GetValueOrDefault(code) + 1;
            }
        }
    }

    /// <summary>"union sports" + "minister" → "sports minister" with no jurisdiction; anything else as found.</summary>
    private static (string Title, string? Jurisdiction) Normalized(RoleMention role)
    {
        if (role.Jurisdiction is not { } phrase || IsCode(phrase) || role.Title is not ("minister" or "secretary"))
        {
            return (role.Title, role.Jurisdiction);
        }

        string portfolio = string.Join(' ', phrase.Split(' ').Where(w => !GovernmentLevels.Contains(w)));
        return portfolio.Length == 0 ? (role.Title, null) : ($"{portfolio} {role.Title}", null);
    }

    /// <summary>Titles of a national government: only these take the story's country.</summary>
    private static bool IsGovernmentTitle(string title) =>
        GovernmentTitles.Contains(title) || GovernmentTitleEndings.Any(ending => title.EndsWith(ending, StringComparison.Ordinal));

    private static bool IsCode(string jurisdiction) => jurisdiction.Any(char.IsUpper);

    // Two-letter body ids (the UN, the EU) are not countries.
    private static bool IsCountry(string code) => code.Length == 2 && code.All(char.IsAsciiLetterUpper) && code is not ("UN" or "EU");
}
