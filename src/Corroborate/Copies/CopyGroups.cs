namespace Corroborate.Copies;

/// <summary>
/// Copy groups as a union-find over article numbers (arrival order). The root keeps the group's
/// canonical: its most complete member (most words; ties go to the earliest arrival), updated on every
/// union, so a more complete copy arriving later takes over and every member resolves to it at query time.
/// Members also form a circular list, so a group can be listed without scanning the corpus.
/// 16 bytes per article.
/// </summary>
internal sealed class CopyGroups
{
    private readonly List<int> _parent = [];
    private readonly List<int> _canonical = [];
    private readonly List<int> _length = [];
    private readonly List<int> _nextMember = [];

    /// <summary>Adds a singleton group for the next article number; <paramref name="length"/> is its word count.</summary>
    public int Add(int length)
    {
        int id = _parent.Count;
        _parent.Add(id);
        _canonical.Add(id);
        _length.Add(length);
        _nextMember.Add(id);
        return id;
    }

    public int Find(int x)
    {
        int root = x;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[x] != root)
        {
            int next = _parent[x];
            _parent[x] = root;
            x = next;
        }

        return root;
    }

    public int CanonicalOf(int x) => _canonical[Find(x)];

    public bool Union(int x, int y)
    {
        int rx = Find(x);
        int ry = Find(y);
        if (rx == ry)
        {
            return false;
        }

        // The smaller number becomes the root: deterministic, and roots stay early arrivals.
        int root = Math.Min(rx, ry);
        int child = Math.Max(rx, ry);
        _parent[child] = root;
        _canonical[root] = MoreComplete(_canonical[rx], _canonical[ry]);
        (_nextMember[rx], _nextMember[ry]) = (_nextMember[ry], _nextMember[rx]);
        return true;
    }

    /// <summary>The members of <paramref name="x"/>'s group in arrival order.</summary>
    public List<int> Members(int x)
    {
        var members = new List<int> { x };
        for (int m = _nextMember[x]; m != x; m = _nextMember[m])
        {
            members.Add(m);
        }

        members.Sort();
        return members;
    }

    /// <summary>Writes the four arrays as they are (path compression included: it changes no answer).</summary>
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_parent.Count);
        for (int i = 0; i < _parent.Count; i++)
        {
            writer.Write(_parent[i]);
            writer.Write(_canonical[i]);
            writer.Write(_length[i]);
            writer.Write(_nextMember[i]);
        }
    }

    /// <summary>Restores what <see cref="WriteState"/> wrote, into an empty instance.</summary>
    public void ReadState(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            _parent.Add(reader.ReadInt32());
            _canonical.Add(reader.ReadInt32());
            _length.Add(reader.ReadInt32());
            _nextMember.Add(reader.ReadInt32());
        }
    }

    private int MoreComplete(int a, int b) =>
        _length[a] != _length[b] ? (_length[a] > _length[b] ? a : b) : Math.Min(a, b);
}
