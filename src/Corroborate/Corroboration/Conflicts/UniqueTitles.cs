using System.Collections.Frozen;
using Corroborate.Corroboration.Offices;
using Corroborate.Lexicons;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Titles one person holds at a time within one jurisdiction ("prime minister", "mayor", "chief executive"). Two
/// different people named as the same jurisdiction's "spokesperson" or "adviser" is normal; as its prime minister it is a conflict.
/// </summary>
internal static class UniqueTitles
{
    // Lexicons/titles.tsv, the single-holder column.
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(Lexicon.EntriesMarked("titles.tsv", 1), StringComparer.Ordinal);

    // Words before "minister" that do not name a portfolio: a deputy or junior minister is one of several.
    private static readonly FrozenSet<string> NotPortfolios = FrozenSet.ToFrozenSet(Lexicon.Entries("title-modifiers.txt").Concat(["chief", "first", "junior", "state", "cabinet"]), StringComparer.Ordinal);

    /// <summary>
    /// One holder at a time: by the title lexicon, or because the shipped office record tracks the office of that
    /// title in that jurisdiction (every recorded office has one holder at a time), so "competition commissioner" of
    /// the EU is single-holder by data while a county's "commissioner" is not.
    /// </summary>
    public static bool IsUnique(RoleKey key) =>
        IsUnique(key.Title)
        || (key.Jurisdiction is { } jurisdiction
            && (OfficeRegistry.Default.TryFind(jurisdiction, key.Title, out _) || (IsCode(jurisdiction) && IsPortfolioChief(key.Title))));

    /// <summary>"tech chief", "aid chief" of a country or body (the EU, the UN): the one head of that portfolio there.</summary>
    private static bool IsPortfolioChief(string title) =>
        title.EndsWith(" chief", StringComparison.Ordinal) && title.Count(c => c == ' ') == 1 && !NotPortfolios.Contains(title.Split(' ')[0]);

    private static bool IsCode(string jurisdiction) => jurisdiction.Any(char.IsUpper);

    public static bool IsUnique(string title) =>
        Heads.Contains(title) || (title.StartsWith("head of ", StringComparison.Ordinal) && !title.EndsWith('s')) || IsPortfolioMinister(title) || IsPortfolioSecretary(title);

    /// <summary>
    /// "health secretary", "health cabinet secretary": the one head of a department of government. Only for the
    /// departments that make titles (title-departments.txt): a "press secretary" or a "party secretary" is one of many.
    /// </summary>
    private static bool IsPortfolioSecretary(string title)
    {
        string department = title.EndsWith(" cabinet secretary", StringComparison.Ordinal) ? title[..^" cabinet secretary".Length]
            : title.EndsWith(" secretary", StringComparison.Ordinal) ? title[..^" secretary".Length] : "";
        return department.Length > 0 && Mentions.Titles.IsDepartment(department);
    }

    /// <summary>"sports minister", "youth affairs minister": one holder per government, whatever the portfolio.</summary>
    private static bool IsPortfolioMinister(string title) =>
        title.EndsWith(" minister", StringComparison.Ordinal) && !title.Contains(" of ", StringComparison.Ordinal) && !NotPortfolios.Contains(title.Split(' ')[0]);
}
