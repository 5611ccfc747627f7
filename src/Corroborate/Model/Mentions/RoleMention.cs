namespace Corroborate.Model;

/// <summary>
/// A person bound to a role: "British Prime Minister Keir Starmer", "Vladimir Medinsky, the head of the Russian
/// delegation", "former US President Donald Trump".
/// </summary>
/// <param name="Title">The role's title, lower-case and single-spaced as written, jurisdiction removed ("prime minister", "head of the delegation").</param>
/// <param name="Jurisdiction">
/// Whose role it is: an ISO 3166-1 alpha-2 country code ("GB", "US") or a body id ("UN", "EU", "NATO") when the place
/// is known; otherwise the normalized phrase as written ("aldvik harbour authority"); null when none is named.
/// </param>
/// <param name="Holder">The person's name as written.</param>
/// <param name="Former">True for "former"/"ex-"/"then-" holders: the person is said <em>not</em> to hold the role now.</param>
/// <param name="Start">Start of the whole role phrase (title and name) in the clean text.</param>
public sealed record RoleMention(string Title, string? Jurisdiction, string Holder, bool Former, int Sentence, int Start, int End);
