namespace Corroborate.Mentions;

/// <summary>
/// People: capitalized runs with leading titles, honorifics and places stripped ("US President Donald Trump" →
/// "Donald Trump"). Two or more words make a person; a single word does when a title or honorific stood before it
/// ("President Putin", "Mr Ruiz") or when it is the surname of someone named in full anywhere in the article.
/// </summary>
internal sealed class PersonFinder
{
    private readonly List<PersonMention> _people = [];
    private readonly List<PersonMention> _singles = [];
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);

    public void Find(SentenceTokens s)
    {
        int k = 0;
        while (k < s.Count)
        {
            if (!NameRun.IsNameWord(s, k))
            {
                k++;
                continue;
            }

            int end = NameRun.Extend(s, k);
            Take(s, k, end);
            k = Math.Max(end, k + 1);
        }
    }

    /// <summary>All people in text order, single words kept only when titled or a known surname.</summary>
    public List<PersonMention> Result()
    {
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
        if (NameRun.WordCount(s, nameStart, nameEnd) >= 2)
        {
            _people.Add(mention);
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
