namespace Corroborate.Pipeline;

/// <summary>
/// Maps a stream in parallel while keeping its order and bounding its memory: items are processed in batches,
/// and the next batch is prepared while the caller consumes the current one. PLINQ's ordered merge would
/// buffer without bound when the consumer (the single-writer indexes) is slower than the producers.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int parallelism, int batchSize = 64)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Task<TOut[]>? pending = null;
        foreach (TIn[] batch in source.Chunk(batchSize))
        {
            Task<TOut[]> next = Task.Run(() =>
            {
                var results = new TOut[batch.Length];
                Parallel.For(0, batch.Length, options, i => results[i] = map(batch[i]));
                return results;
            });
            if (pending is not null)
            {
                foreach (TOut item in pending.GetAwaiter().GetResult())
                {
                    yield return item;
                }
            }

            pending = next;
        }

        if (pending is not null)
        {
            foreach (TOut item in pending.GetAwaiter().GetResult())
            {
                yield return item;
            }
        }
    }
}
