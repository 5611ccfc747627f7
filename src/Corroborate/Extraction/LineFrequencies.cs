using System.Collections.Concurrent;
using System.Text;

namespace Corroborate.Extraction;

/// <summary>
/// Counts, across a set of documents, how many documents contain each normalized line. A line that many
/// documents share (a site's footer, a widget label, a promo) is evidence of boilerplate that no single page
/// reveals. The pipeline fills it in a pre-pass (<see cref="AddDocument"/>) and hands it to
/// <see cref="ArticleExtractor.Extract"/>; adding is thread-safe, reading is lock-free.
/// </summary>
public sealed class LineFrequencies
{
    // Keyed by a 64-bit hash of the normalized line, not the line: a 100k-document corpus has millions of lines.
    private readonly ConcurrentDictionary<ulong, int> _counts = new();
    private int _documents;

    /// <summary>How many documents were added.</summary>
    public int Documents => Volatile.Read(ref _documents);

    /// <summary>Counts each distinct normalized line of <paramref name="text"/> once.</summary>
    public void AddDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new HashSet<ulong>();
        foreach (string line in text.Split('\n'))
        {
            string normalized = Normalize(line);
            ulong key = Key(normalized);
            if (normalized.Length > 0 && seen.Add(key))
            {
                _counts.AddOrUpdate(key, 1, static (_, n) => n + 1);
            }
        }

        Interlocked.Increment(ref _documents);
    }

    /// <summary>In how many documents the line occurs (after normalization).</summary>
    public int DocumentCount(string line) => _counts.TryGetValue(Key(Normalize(line)), out int n) ? n : 0;

    private static ulong Key(string normalized) =>
        System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(normalized.AsSpan()));

    /// <summary>
    /// Whether a line is shared by enough documents to count as boilerplate, by the default thresholds: at least
    /// five documents and at least a fifth of them (<see cref="ExtractionOptions.RepeatedLineMinDocuments"/>).
    /// </summary>
    public bool IsRepeated(string line) => IsRepeated(line, ExtractionOptions.Default);

    /// <summary>Whether a line is repeated by the thresholds of <paramref name="options"/>.</summary>
    internal bool IsRepeated(string line, ExtractionOptions options)
    {
        int n = DocumentCount(line);
        return n >= options.RepeatedLineMinDocuments && (long)n * options.RepeatedLineShareOneIn >= Documents;
    }

    /// <summary>Lower-case letters and digits with single spaces: case, punctuation and spacing differences do not matter.</summary>
    public static string Normalize(string line)
    {
        var sb = new StringBuilder(Math.Min(line.Length, 200));
        bool space = false;
        foreach (char c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }

            if (sb.Length >= 200)
            {
                break;
            }
        }

        return sb.ToString();
    }
}
