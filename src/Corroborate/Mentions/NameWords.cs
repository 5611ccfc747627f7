using System.Collections.Frozen;

namespace Corroborate.Mentions;

/// <summary>
/// Small closed word classes the name finders need: calendar words, honorifics, and the head nouns that make a
/// capitalized phrase an organization, building or event rather than a person ("Ciragan Palace", "Peace Talks").
/// </summary>
internal static class NameWords
{
    private static readonly FrozenSet<string> Calendar = FrozenSet.ToFrozenSet(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor", "lord", "lady", "rev", "reverend", "sheikh", "rep", "sen"],
        StringComparer.Ordinal);

    // Heads of non-person names: a capitalized run ending (or containing) one of these is a thing, not a person.
    private static readonly FrozenSet<string> ThingHeads = FrozenSet.ToFrozenSet(
    [
        "palace", "ministry", "party", "university", "council", "street", "airport", "bank", "house", "times", "post",
        "news", "agency", "sea", "ocean", "river", "summit", "war", "talks", "airlines", "airline", "group", "company",
        "corporation", "inc", "ltd", "plc", "office", "department", "committee", "commission", "court", "parliament",
        "assembly", "congress", "senate", "army", "navy", "force", "forces", "guard", "police", "hospital", "school",
        "college", "institute", "foundation", "fund", "association", "union", "league", "club", "church", "square",
        "bridge", "park", "hall", "tower", "centre", "center", "stadium", "hotel", "mosque", "cathedral", "station",
        "region", "province", "district", "city", "county", "state", "republic", "kingdom", "island", "islands",
        "mountains", "valley", "lake", "bay", "gulf", "strait", "coast", "peninsula", "channel", "road", "avenue",
        "treaty", "agreement", "accord", "declaration", "act", "law", "plan", "programme", "program", "project",
        "organization", "organisation", "authority", "service", "services", "network", "tv", "radio", "press",
        "journal", "magazine", "daily", "herald", "telegraph", "guardian", "tribune", "review", "observer",
        "cup", "games", "championship", "festival", "day", "week", "year", "prize", "award", "index", "exchange",
        "market", "markets", "airways", "motors", "energy", "oil", "gas", "media", "reuters", "images", "photo",
        "getty", "afp", "ap", "advertisement", "covid", "east", "west", "north", "south", "europe", "asia", "africa",
        "america", "middle", "eastern", "western", "northern", "southern", "central", "world", "global", "international",
        "national", "federal", "royal", "white", "black", "red", "green", "blue",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "bint", "ibn", "al", "el", "la", "le", "du", "dos", "das", "ter"],
        StringComparer.Ordinal);

    public static bool IsCalendar(string lower) => Calendar.Contains(lower);

    public static bool IsMonth(string lower) => Months.Contains(lower);

    public static bool IsHonorific(string lower) => Honorifics.Contains(lower);

    public static bool IsThingHead(string lower) => ThingHeads.Contains(lower);

    /// <summary>Lower-case words that may sit inside a name ("Ursula von der Leyen").</summary>
    public static bool IsParticle(string lower) => Particles.Contains(lower);
}
