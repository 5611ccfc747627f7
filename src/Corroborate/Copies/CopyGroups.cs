namespace Corroborate.Copies;

/// <summary>
/// Copy groups as a union-find over article numbers (arrival order), kept in the articles' records. The root keeps
/// the group's canonical: its most complete member (most words; ties go to the earliest arrival), updated on every
/// union, so a more complete copy arriving later takes over and every member resolves to it at query time.
/// Members also form a circular list, so a group can be listed without scanning the corpus.
/// </summary>
internal sealed class CopyGroups(ICopyState state)
{
    public int Find(int x)
    {
        int root = x;
        for (int parent = state.Get(root).Parent; parent != root; parent = state.Get(root).Parent)
        {
            root = parent;
        }

        while (state.Get(x) is var record && record.Parent != root)
        {
            state.Set(x, record with { Parent = root });
            x = record.Parent;
        }

        return root;
    }

    public int CanonicalOf(int x) => state.Get(Find(x)).Canonical;

    public bool Union(int x, int y)
    {
        int rx = Find(x);
        int ry = Find(y);
        if (rx == ry)
        {
            return false;
        }

        // The smaller number becomes the root: deterministic, and roots stay early arrivals.
        CopyRecord a = state.Get(rx);
        CopyRecord b = state.Get(ry);
        int canonical = MoreComplete(a.Canonical, b.Canonical);
        (a, b) = (a with { NextMember = b.NextMember }, b with { NextMember = a.NextMember });
        (a, b) = rx < ry
            ? (a with { Canonical = canonical }, b with { Parent = rx })
            : (a with { Parent = ry }, b with { Canonical = canonical });
        state.Set(rx, a);
        state.Set(ry, b);
        return true;
    }

    /// <summary>The members of <paramref name="x"/>'s group in arrival order.</summary>
    public List<int> Members(int x)
    {
        var members = new List<int> { x };
        for (int m = state.Get(x).NextMember; m != x; m = state.Get(m).NextMember)
        {
            members.Add(m);
        }

        members.Sort();
        return members;
    }

    private int MoreComplete(int a, int b)
    {
        int wordsA = state.Get(a).Words;
        int wordsB = state.Get(b).Words;
        return wordsA != wordsB ? (wordsA > wordsB ? a : b) : Math.Min(a, b);
    }
}
