using System.Text;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Mentions;

/// <summary>
/// People bound to titles, in three shapes: before the name ("former US President Donald Trump", "UN
/// Secretary-General António Guterres"), after it as an apposition ("Mark Rutte, NATO's secretary general"), and
/// before it with a comma ("Russia's lead negotiator, Vladimir Medinsky"). Whose role it is comes from a place or
/// body next to the title ("British", "Ukraine's", "of the Russian delegation") or else a capitalized organization
/// phrase written before it ("Aldvik Harbour Authority chief").
/// </summary>
public sealed class RoleFinder : MentionFinder
{
    private static readonly System.Collections.Frozen.FrozenSet<string> GovernmentLevels =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Lexicons.Lexicon.Entries("government-levels.txt"), StringComparer.Ordinal);

    internal override IEnumerable<Type> Needs => [typeof(PeopleFinder)];

    internal override void FindInSentence(SentenceTokens sentence, MentionScan scan) => Find(sentence, scan.RoleCandidates);

    /// <summary>A role whose holder is a single word stands only when the people finder kept that word as a person.</summary>
    internal override void FindInArticle(MentionScan scan)
    {
        var known = new HashSet<int>(scan.People.Select(static p => p.Start));
        scan.Roles = [.. scan.RoleCandidates.Where(r => !r.HolderNeedsCheck || known.Contains(r.HolderStart)).Select(static r => r.Role)];
    }

    /// <summary>A role found in one sentence; a one-word holder not introduced by the title needs to be a known person.</summary>
    internal readonly record struct Candidate(RoleMention Role, int HolderStart, bool HolderNeedsCheck);

    internal static void Find(SentenceTokens s, List<Candidate> into)
    {
        int k = 0;
        while (k < s.Count)
        {
            int next = Titles.TryMatch(s, k, out string title, out int titleEnd) ? TryRole(s, k, title, titleEnd, into) : AcronymTitle(s, k, into);
            k = Math.Max(next, k + 1);
        }
    }

    private static int TryRole(SentenceTokens s, int k, string title, int titleEnd, List<Candidate> into)
    {
        int first = k;
        while (first > 0 && (s.Adjacent(first) || s.Hyphenated(first)) && Titles.IsModifier(s.Lower(first - 1)))
        {
            first--;
        }

        // "team president Stan Kell", "club chairman": a lower-case noun right before a lower-case title says whose
        // title it is (a team's, a club's, not a government's), so it joins the title, which then never takes the
        // story's country.
        if (first > 0 && s.Adjacent(first) && !s.IsCapitalized(first) && IsBodyNoun(s, first - 1))
        {
            first--;
        }

        var fullTitle = new StringBuilder();
        for (int m = first; m < k; m++)
        {
            fullTitle.Append(s.Lower(m)).Append(' ');
        }

        fullTitle.Append(title);
        string? jurisdiction = null;
        int q = titleEnd;
        if (s.Is(q, "of") && s.Adjacent(q) && !title.Contains(" of ", StringComparison.Ordinal))
        {
            q = OfPhrase(s, q + 1, fullTitle, ref jurisdiction);
        }

        if (q == titleEnd)
        {
            q = ResponsibleFor(s, q, fullTitle);
        }

        int left = first;
        bool former = IsFormer(s, ref left);
        if (jurisdiction is null)
        {
            jurisdiction = PlaceEndingAt(s, left, ref left) ?? OrganizationEndingAt(s, left, ref left);
        }

        former |= IsFormer(s, ref left);
        if (left > 0 && s.Adjacent(left) && s.Lower(left - 1) is "the" or "a" or "an")
        {
            left--;
        }

        string titleText = fullTitle.ToString();
        if (q < s.Count && s.Adjacent(q) && NameRun.At(s, q, out int hs, out int he) && !Titles.IsTitleWord(s.Lower(hs)))
        {
            Add(s, into, titleText, jurisdiction, former, hs, he, left, he, needsCheck: false);
            return he;
        }

        int ls = left;
        bool leftName = left > 0 && IsComma(s.GapBefore(left)) && LeftHolder(s, left, out ls);
        if (!leftName && q < s.Count && IsComma(s.GapBefore(q)) && NameRun.At(s, q, out hs, out he))
        {
            Add(s, into, titleText, jurisdiction, former, hs, he, left, he, needsCheck: NameRun.WordCount(s, hs, he) < 2);
            return he;
        }

        if (leftName)
        {
            Add(s, into, titleText, jurisdiction, former, ls, left, ls, q, needsCheck: NameRun.WordCount(s, ls, left) < 2);
        }

        return titleEnd;
    }

    /// <summary>
    /// "NDPP Shaun Abrahams": an all-capitals word right before a full name may abbreviate a title. It is kept with the
    /// acronym as its title, which StoryRoles expands only when the story writes a title with those initials
    /// ("National Director of Public Prosecutions"); otherwise it is never compared.
    /// </summary>
    private static int AcronymTitle(SentenceTokens s, int k, List<Candidate> into)
    {
        ReadOnlySpan<char> word = s.Word(k);
        if (word.Length is < 3 or > 6 || !IsAllCapitals(word) || k + 1 >= s.Count || !s.Adjacent(k + 1)
            || Places.TryJurisdiction(word, out _) || (k > 0 && s.Adjacent(k) && s.IsCapitalized(k - 1))
            || !NameRun.At(s, k + 1, out int hs, out int he) || NameRun.WordCount(s, hs, he) < 2 || Titles.IsTitleWord(s.Lower(hs)))
        {
            return k + 1;
        }

        Add(s, into, s.Lower(k), null, former: false, hs, he, k, he, needsCheck: false);
        return he;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name ending right before the comma that precedes word <paramref name="left"/>.</summary>
    private static bool LeftHolder(SentenceTokens s, int left, out int start) => NameRun.EndingAt(s, left, out start) && start < left;

    private static void Add(SentenceTokens s, List<Candidate> into, string title, string? jurisdiction, bool former,
        int holderStart, int holderEnd, int phraseStart, int phraseEnd, bool needsCheck)
    {
        // A name ending in a lone initial ("Nick J", where a sentence break cut "J. Rahall") is a cut name, not a holder.
        if (s.Word(holderEnd - 1).Length == 1)
        {
            return;
        }

        string holder = NameRun.Text(s, holderStart, holderEnd);
        int start = s.Start(Math.Min(phraseStart, holderStart));
        int end = s.End(Math.Max(phraseEnd, holderEnd) - 1);
        into.Add(new Candidate(new RoleMention(title, jurisdiction, holder, former, s.Index, start, end), s.Start(holderStart), needsCheck));
    }

    /// <summary>
    /// A lower-case common noun that can name a body before a title: not a stopword, a title word, a modifier, a level
    /// of government ("federal"), a word of time or tense ("former", "newly"), a participle ("elected", "visiting"),
    /// a possessive or a number.
    /// </summary>
    private static bool IsBodyNoun(SentenceTokens s, int k)
    {
        string lower = s.Lower(k);
        return !s.IsCapitalized(k) && !s.IsNumber(k) && !s.IsPossessive(k) && lower.Length > 2 && lower.All(char.IsLetter)
            && !Stopwords.Contains(lower) && !Titles.IsTitleWord(lower) && !Titles.IsModifier(lower)
            && !GovernmentLevels.Contains(lower) && lower is not ("former" or "late" or "then" or "new" or "current")
            && !lower.EndsWith("ly", StringComparison.Ordinal) && !lower.EndsWith("ed", StringComparison.Ordinal)
            && !lower.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// "the commissioner responsible for competition, Lina Dorsey": the portfolio after "responsible for" joins the
    /// title as "commissioner for competition"; returns the word after the portfolio (or <paramref name="q"/>).
    /// </summary>
    private static int ResponsibleFor(SentenceTokens s, int q, StringBuilder title)
    {
        if (!(s.Is(q, "responsible") && s.Is(q + 1, "for") && s.Adjacent(q) && s.Adjacent(q + 1)))
        {
            return q;
        }

        var words = new List<string>(4);
        int p = q + 2;
        while (p < s.Count && s.Adjacent(p) && words.Count < 4 && !s.IsCapitalized(p) && !s.IsNumber(p)
               && (words.Count > 0 || !Stopwords.Contains(s.Lower(p))))
        {
            words.Add(s.Lower(p));
            p++;
        }

        // The portfolio ends a phrase: a comma or the sentence's end follows it.
        if (words.Count == 0 || Stopwords.Contains(words[^1]) || (p < s.Count && !IsComma(s.GapBefore(p))))
        {
            return q;
        }

        title.Append(" for ").Append(string.Join(' ', words));
        return p;
    }

    private static bool IsFormer(SentenceTokens s, ref int left)
    {
        if (left > 0 && s.Adjacent(left) && s.Lower(left - 1) is "former")
        {
            left--;
            return true;
        }

        if (left > 0 && s.Hyphenated(left) && s.Lower(left - 1) is "ex" or "then")
        {
            left--;
            return true;
        }

        return false;
    }

    /// <summary>"of [the] Russian delegation" / "of Aldvik": places become the jurisdiction, lower-case words join the title.</summary>
    private static int OfPhrase(SentenceTokens s, int p, StringBuilder title, ref string? jurisdiction)
    {
        int start = p;
        bool the = s.Is(p, "the") && s.Adjacent(p + 1);
        if (the)
        {
            p++;
        }

        var words = new List<string>(3);
        int organizationStart = -1;
        int organizationEnd = -1;
        while (p < s.Count && s.Adjacent(p) && words.Count < 4)
        {
            int placeWords = PersonFinder.PlaceWords(s, p, Math.Min(s.Count, p + Places.MaxWords));
            if (placeWords > 0 && s.IsCapitalized(p))
            {
                Places.TryJurisdiction(s.Text.AsSpan(s.Start(p), s.End(p + placeWords - 1) - s.Start(p)), out string code);
                jurisdiction = code;
                p += placeWords;
                continue;
            }

            string lower = s.Lower(p);
            if (s.IsCapitalized(p) && !NameWords.IsCalendar(lower) && !Stopwords.Contains(lower))
            {
                if (words.Count > 0 || jurisdiction is not null)
                {
                    break;
                }

                organizationStart = organizationStart < 0 ? p : organizationStart;
                organizationEnd = p + 1;
                p++;
                continue;
            }

            if (organizationStart >= 0 || Stopwords.Contains(lower) || s.IsNumber(p))
            {
                break;
            }

            words.Add(lower);
            p++;
        }

        if (organizationStart >= 0 && jurisdiction is null)
        {
            jurisdiction = Lowered(s, organizationStart, organizationEnd);
        }

        if (words.Count > 0)
        {
            title.Append(" of ");
            if (the)
            {
                title.Append("the ");
            }

            title.Append(string.Join(' ', words));
        }

        // Nothing after "of" that belongs to the title: the phrase ends at the title (the word before "of").
        return p > start + (the ? 1 : 0) ? p : start - 1;
    }

    private static string? PlaceEndingAt(SentenceTokens s, int end, ref int left)
    {
        // "U.S. President": the abbreviation's last dot sits between the place and the title.
        bool abbreviated = end > 0 && s.GapBefore(end) is ['.', ' '] && s.Word(end - 1).Length == 1;
        if (end == 0 || !(s.Adjacent(end) || abbreviated))
        {
            return null;
        }

        for (int n = Math.Min(Places.MaxWords, end); n >= 1; n--)
        {
            int start = end - n;
            if (!s.IsCapitalized(start))
            {
                continue;
            }

            if (Places.TryJurisdiction(s.Text.AsSpan(s.Start(start), s.End(end - 1) - s.Start(start)), out string code))
            {
                left = start;
                return code;
            }
        }

        return null;
    }

    /// <summary>A capitalized phrase written before a title ("Kremlin spokesman", "Aldvik Harbour Authority chief").</summary>
    private static string? OrganizationEndingAt(SentenceTokens s, int end, ref int left)
    {
        int start = end;
        while (start > 0 && s.Adjacent(start) && NameRun.IsNameWord(s, start - 1) && !s.IsPossessive(start - 1)
               && !Titles.IsTitleWord(s.Lower(start - 1)) && end - start < 4)
        {
            start--;
        }

        // "Hanazono's president, Yoshiro Hanazono": a capitalised owner in the possessive says whose title it is.
        if (start == end && end > 0 && s.Adjacent(end) && s.IsPossessive(end - 1) && s.IsCapitalized(end - 1) && !s.OpensSentence(end - 1)
            && !NameWords.IsCalendar(s.Lower(end - 1)))
        {
            left = end - 1;
            return s.Bare(end - 1).ToString().ToLowerInvariant();
        }

        if (start == end || (start > 0 && s.IsPossessive(start - 1) && s.Adjacent(start)))
        {
            return null;
        }

        left = start;
        return Lowered(s, start, end);
    }

    private static string Lowered(SentenceTokens s, int start, int end)
    {
        var sb = new StringBuilder();
        for (int m = start; m < end; m++)
        {
            if (m > start)
            {
                sb.Append(s.Hyphenated(m) ? '-' : ' ');
            }

            sb.Append(s.Lower(m));
        }

        return sb.ToString();
    }

    private static bool IsComma(ReadOnlySpan<char> gap) => gap.Trim() is [','];
}
