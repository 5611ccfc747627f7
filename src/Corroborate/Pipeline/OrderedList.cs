using System.Collections.ObjectModel;

namespace Corroborate.Pipeline;

/// <summary>
/// An ordered list of stage parts addressed by type, so a part can be put before, after or in place of another
/// without knowing its index (Markdig's OrderedList is the model).
/// </summary>
public sealed class OrderedList<T> : Collection<T>
    where T : class
{
    public OrderedList()
    {
    }

    public OrderedList(IEnumerable<T> items)
        : base([.. items])
    {
    }

    public bool Contains<TItem>()
        where TItem : T => IndexOf<TItem>() >= 0;

    /// <summary>Inserts <paramref name="item"/> before the first part of type <typeparamref name="TBefore"/>.</summary>
    public void InsertBefore<TBefore>(T item)
        where TBefore : T => Insert(Require<TBefore>(), item);

    /// <summary>Inserts <paramref name="item"/> after the first part of type <typeparamref name="TAfter"/>.</summary>
    public void InsertAfter<TAfter>(T item)
        where TAfter : T => Insert(Require<TAfter>() + 1, item);

    /// <summary>Replaces the first part of type <typeparamref name="TOld"/>.</summary>
    public void Replace<TOld>(T item)
        where TOld : T => this[Require<TOld>()] = item;

    /// <summary>Removes the first part of type <typeparamref name="TItem"/>; false when there is none.</summary>
    public bool Remove<TItem>()
        where TItem : T
    {
        int at = IndexOf<TItem>();
        if (at < 0)
        {
            return false;
        }

        RemoveAt(at);
        return true;
    }

    private int IndexOf<TItem>()
        where TItem : T
    {
        for (int i = 0; i < Count; i++)
        {
            if (this[i] is TItem)
            {
                return i;
            }
        }

        return -1;
    }

    private int Require<TItem>()
        where TItem : T
    {
        int at = IndexOf<TItem>();
        return at >= 0 ? at : throw new InvalidOperationException($"no {typeof(TItem).Name} in the list");
    }
}
