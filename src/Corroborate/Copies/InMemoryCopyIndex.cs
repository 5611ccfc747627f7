namespace Corroborate.Copies;

/// <summary>Copy detection held in process memory (see <see cref="CopyIndex"/>; ~1.9 KB per article).</summary>
public sealed class InMemoryCopyIndex : CopyIndex
{
    public InMemoryCopyIndex()
        : this(new CopyOptions())
    {
    }

    public InMemoryCopyIndex(CopyOptions options)
        : base(options, new InMemoryCopyState(options))
    {
    }
}
