using System.Collections.Frozen;

namespace Corroborate.Corroboration;

/// <summary>
/// Titles one person holds at a time within one jurisdiction ("prime minister", "mayor", "chief executive"). Two
/// different people named as the same jurisdiction's "spokesperson" or "adviser" is normal; as its prime minister it is a conflict.
/// </summary>
internal static class UniqueTitles
{
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
    [
        "president", "prime minister", "premier", "chancellor", "king", "queen", "monarch", "emperor", "pope",
        "vice president", "deputy prime minister", "foreign minister", "foreign secretary", "secretary of state",
        "defence minister", "defense minister", "defence secretary", "defense secretary", "finance minister",
        "interior minister", "home secretary", "economy minister", "trade minister", "health minister", "justice minister",
        "labour minister", "labor minister", "education minister", "energy minister", "environment minister",
        "attorney general", "treasury secretary", "chancellor of the exchequer",
        "mayor", "governor", "chief executive", "ceo", "chief executive officer", "chair", "chairman", "chairwoman",
        "chairperson", "secretary general", "director general", "managing director", "head", "leader", "commander in chief",
        "chief of staff", "head of state", "head of government", "speaker", "central bank governor",
    ], StringComparer.Ordinal);

    public static bool IsUnique(string title) =>
        Heads.Contains(title) || (title.StartsWith("head of ", StringComparison.Ordinal) && !title.EndsWith('s'));
}
