namespace Corroborate.Copies;

/// <summary>
/// Where a <see cref="CopyIndex"/> keeps what it learned: in memory (<see cref="InMemoryCopyState"/>) or in a store.
/// The index makes every decision; a state only remembers, so every state gives the same links for the same stream.
/// Articles are numbered in arrival order from 0.
/// </summary>
internal interface ICopyState
{
    /// <summary>Articles numbered so far (the next article's number).</summary>
    int Count { get; }

    bool TryGetNumber(string id, out int number);

    /// <summary>Adds the record of article number <see cref="Count"/>.</summary>
    void Append(CopyRecord record);

    CopyRecord Get(int number);

    void Set(int number, CopyRecord record);

    /// <summary>A hint that these records are about to be read (a store fetches them in one query).</summary>
    void Prefetch(IReadOnlyList<int> numbers);

    /// <summary>Appends the members of every key's bucket to <paramref name="into"/>, with repeats (a repeat is one more shared key).</summary>
    void QueryBuckets(ReadOnlySpan<ulong> keys, List<int> into);

    /// <summary>Adds the article to every key's bucket that holds fewer than <see cref="CopyOptions.MaxBucketSize"/> members.</summary>
    void AddToBuckets(ReadOnlySpan<ulong> keys, int number);

    bool TryGetBySequence(ulong sequence, out int number);

    /// <summary>Remembers the first article with this word sequence (later ones are ignored).</summary>
    void AddSequence(ulong sequence, int number);
}
