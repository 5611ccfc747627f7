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
    private readonly StoryBodies _bodies;
    private readonly Dictionary<string, string?> _titleByInitials = new(StringComparer.Ordinal);

    // The one region or body the story names for a title ("NSW Premier", "Bank of Norland governor"); null when it
    // names several. Countries are not kept here: a visiting foreign minister must not lend the host's bare
    // "Foreign Minister" their country.
    private readonly Dictionary<string, string?> _regionByTitle = new(StringComparer.Ordinal);

    public StoryRoles(IEnumerable<ArticleReport> articles, Func<RoleMention, string?> recorded, CorroborationOptions options)
    {
        _recorded = recorded;
        var list = articles as IReadOnlyCollection<ArticleReport> ?? articles.ToList();
        articles = list;
        _bodies = new StoryBodies(list.Select(a => a.Article.Text));
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var roleCountries = new HashSet<string>(StringComparer.Ordinal);
        foreach (ArticleReport article in articles)
        {
            foreach (RoleMention role in article.Analyzed.Mentions.Roles)
            {
                AddTitleInitials(role.Title);
            }
        }

        foreach (ArticleReport article in list)
        {
            foreach (RoleMention role in article.Analyzed.Mentions.Roles)
            {
                var (title, jurisdiction) = Normalized(Expanded(role), _bodies);
                jurisdiction ??= recorded(role with { Title = title, Jurisdiction = null });
                if (jurisdiction is not null && IsCountry(jurisdiction) && IsGovernmentTitle(title))
                {
                    roleCountries.Add(jurisdiction);
                }

                if (jurisdiction is not null && !IsCode(jurisdiction))
                {
                    _regionByTitle[title] = _regionByTitle.TryGetValue(title, out string? region) && region != jurisdiction ? null : jurisdiction;
                }

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

        // A story whose government roles, where named or recorded, all belong to one country, and whose text names
        // no other country more, is that country's story ("President Ramaphosa" in a story naming no country).
        if (_storyCountry is null && roleCountries.Count == 1 && (top.Key is null || top.Key == roleCountries.First()))
        {
            _storyCountry = roleCountries.First();
        }
    }

    public RoleKey KeyOf(RoleMention role)
    {
        role = Expanded(role);
        var (title, jurisdiction) = Normalized(role, _bodies);
        jurisdiction ??= _recorded(role with { Title = title, Jurisdiction = null });
        if (jurisdiction is null && _byPerson.TryGetValue((PersonNames.Key(role.Holder), title), out string? same))
        {
            // The same person's jurisdiction elsewhere; null when the story gives them two, which stays open.
            return new RoleKey(same, title);
        }

        // A body the story shows with several holders of the title ("two governors", "board members") has no single
        // holder to disagree about. A country's offices are single by law, so an explicit country keeps its key.
        if ((jurisdiction is null || !IsCode(jurisdiction)) && _bodies.HasSeveralHolders(title))
        {
            return new RoleKey(null, title);
        }

        // A bare government title in a story that names one region for it ("Premier X" where others write "NSW
        // Premier Y") is that region's. Titles of firms and clubs are not lent: another firm's "chairman" is common.
        if (jurisdiction is null && IsGovernmentTitle(title) && _regionByTitle.TryGetValue(title, out string? region) && region is not null)
        {
            return new RoleKey(region, title);
        }

        return new RoleKey(jurisdiction ?? (IsGovernmentTitle(title) ? _storyCountry : null), title);
    }

    /// <summary>Remembers a multi-word title by its initials ("national director of public prosecutions" → "ndpp").</summary>
    private void AddTitleInitials(string title)
    {
        string[] words = title.Split(' ').Where(w => w is not ("of" or "the" or "for" or "and")).ToArray();
        if (words.Length < 2)
        {
            return;
        }

        string initials = string.Concat(words.Select(w => w[0]));
        _titleByInitials[initials] = _titleByInitials.TryGetValue(initials, out string? seen) && seen != title ? null : title;
    }

    /// <summary>An acronym title ("ndpp", from the role finder) becomes the one story title with those initials.</summary>
    private RoleMention Expanded(RoleMention role) =>
        !role.Title.Contains(' ', StringComparison.Ordinal) && _titleByInitials.TryGetValue(role.Title, out string? full) && full is not null
            ? role with { Title = full }
            : role;

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

    /// <summary>
    /// "union sports" + "minister" → "sports minister" with no jurisdiction; "eu competition" + "commissioner" →
    /// "competition commissioner" of the EU (a place or body first, a portfolio after it); an acronym the story
    /// defines → the body it stands for; anything else as found.
    /// </summary>
    private static (string Title, string? Jurisdiction) Normalized(RoleMention role, StoryBodies bodies)
    {
        if (role.Jurisdiction is not { } phrase || IsCode(phrase))
        {
            return (role.Title, role.Jurisdiction);
        }

        string[] words = phrase.Split(' ');
        if (words.All(GovernmentLevels.Contains))
        {
            // "Federal Transport Minister": the national government's, so the story's country, not a body "federal".
            return (role.Title, null);
        }

        if (role.Title is "minister" or "secretary" or "commissioner" && words.Length > 1
            && TryPlace(words[0], out string place))
        {
            string rest = string.Join(' ', words.Skip(1).Where(w => !GovernmentLevels.Contains(w)));
            return rest.Length == 0 ? (role.Title, place) : ($"{rest} {role.Title}", place);
        }

        if (role.Title is not ("minister" or "secretary"))
        {
            return (role.Title, bodies.Canonical(phrase));
        }

        string portfolio = string.Join(' ', words.Where(w => !GovernmentLevels.Contains(w)));
        return portfolio.Length == 0 ? (role.Title, null) : ($"{portfolio} {role.Title}", null);
    }

    /// <summary>Titles of a national government: only these take the story's country.</summary>
    private static bool IsGovernmentTitle(string title) =>
        GovernmentTitles.Contains(title) || GovernmentTitleEndings.Any(ending => title.EndsWith(ending, StringComparison.Ordinal));

    /// <summary>A lower-cased word of an organization phrase that names a place or body ("eu", "france").</summary>
    private static bool TryPlace(string word, out string code) =>
        Places.TryJurisdiction(word.ToUpperInvariant(), out code)
        || Places.TryJurisdiction(string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..]), out code);

    private static bool IsCode(string jurisdiction) => jurisdiction.Any(char.IsUpper);

    // Two-letter body ids (the UN, the EU) are not countries.
    private static bool IsCountry(string code) => code.Length == 2 && code.All(char.IsAsciiLetterUpper) && code is not ("UN" or "EU");
}
