using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// People: capitalized runs with leading titles, honorifics and places stripped ("US President Donald Trump" →
/// "Donald Trump"). Two or more words make a person; a single word does when a title or honorific stood before it
/// ("President Putin", "Mr Ruiz") or when it is the surname of someone named in full anywhere in the article.
/// </summary>
internal sealed class PersonFinder
{
    // A raw run may carry a place and a long title before the name ("British Prime Minister Ada Quist").
    private const int RunWords = 8;

    private readonly List<PersonMention> _people = [];
    private readonly List<PersonMention> _singles = [];
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
    private readonly List<PersonMention> _headlineNames = [];
    private readonly HashSet<string> _fullNames = new(StringComparer.Ordinal);
    private bool _headline;

    public void Find(SentenceTokens s)
    {
        _headline = IsTitleCase(s);
        int k = 0;
        while (k < s.Count)
        {
            if (!NameRun.IsNameWord(s, k))
            {
                k++;
                continue;
            }

            int end = NameRun.Extend(s, k, RunWords);
            Take(s, k, end);
            k = Math.Max(end, k + 1);
        }
    }

    /// <summary>All people in text order, single words kept only when titled or a known surname.</summary>
    public List<PersonMention> Result()
    {
        foreach (PersonMention name in _headlineNames)
        {
            if (_fullNames.Contains(PersonNames.Key(name.Name)))
            {
                _people.Add(name);
            }
        }

        foreach (PersonMention single in _singles)
        {
            if (_surnames.Contains(PersonNames.Key(single.Name)))
            {
                _people.Add(single);
            }
        }

        _people.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return _people;
    }

    private void Take(SentenceTokens s, int start, int end)
    {
        bool titled = false;

        // "Boeing CEO Ada Quist": the name follows the last title word of the run.
        for (int m = end - 2; m > start; m--)
        {
            if (Titles.IsTitleWord(s.Lower(m)) && !Titles.IsTitleWord(s.Lower(m + 1)))
            {
                start = m + 1;
                titled = true;
                break;
            }
        }

        // Shouted or headline words are no names: "VERY TOUGH", "Airbus CEO".
        if (!s.Word(end - 1).ContainsAnyInRange('a', 'z') || Titles.IsTitleWord(s.Lower(end - 1)))
        {
            return;
        }

        while (start < end)
        {
            string lower = s.Lower(start);
            if (NameWords.IsHonorific(lower) || Titles.IsTitleWord(lower) || lower is "former" or "ex" or "then" or "late")
            {
                titled |= !(lower is "former" or "ex" or "then" or "late");
                start++;
            }
            else if (PlaceWords(s, start, end) is var n and > 0)
            {
                start += n;
            }
            else
            {
                break;
            }
        }

        if (start >= end || !NameRun.At(s, start, out int nameStart, out int nameEnd) || nameEnd > end)
        {
            return;
        }

        var mention = new PersonMention(NameRun.Text(s, nameStart, nameEnd), s.Index, s.Start(nameStart), s.End(nameEnd - 1) - (s.IsPossessive(nameEnd - 1) ? 2 : 0));
        if (_headline && !titled)
        {
            // In a title-case line every word is capitalized: only names also written in running text count.
            _headlineNames.Add(mention);
        }
        else if (NameRun.WordCount(s, nameStart, nameEnd) >= 2)
        {
            _people.Add(mention);
            _fullNames.Add(PersonNames.Key(mention.Name));
            string key = PersonNames.Key(mention.Name);
            _surnames.Add(key[(key.LastIndexOf(' ') + 1)..]);
        }
        else if (titled)
        {
            _people.Add(mention);
        }
        else
        {
            _singles.Add(mention);
        }
    }

    /// <summary>A headline-like line: (nearly) every word of three or more letters capitalized, four or more of them.</summary>
    private static bool IsTitleCase(SentenceTokens s)
    {
        int words = 0;
        int capitalized = 0;
        for (int k = 0; k < s.Count; k++)
        {
            if (s[k].Length >= 3 && !s.IsNumber(k))
            {
                words++;
                capitalized += s.IsCapitalized(k) ? 1 : 0;
            }
        }

        return words >= 4 && capitalized * 10 >= words * 9;
    }

    /// <summary>How many words from <paramref name="start"/> form a place name (longest first), 0 if none.</summary>
    internal static int PlaceWords(SentenceTokens s, int start, int end)
    {
        for (int n = Math.Min(Places.MaxWords, end - start); n >= 1; n--)
        {
            int last = start + n - 1;
            if (Places.TryJurisdiction(s.Text.AsSpan(s.Start(start), s.End(last) - s.Start(start)), out _))
            {
                return n;
            }
        }

        return 0;
    }
}
