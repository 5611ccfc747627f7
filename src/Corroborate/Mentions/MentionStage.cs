using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Mentions;

/// <summary>
/// The mentions stage: runs the finders over an article's clean text sentence by sentence (each sentence tokenized
/// once, reusing the text stage's words), then the finders' whole-article steps. It runs once per article, in the
/// parallel stage; corroboration reads only what the finders found (the stories stage still reads dates from the text
/// itself, for now).
/// </summary>
public sealed class MentionStage
{
    [ThreadStatic]
    private static SentenceTokens? _tokens;

    private readonly MentionFinder[] _finders;

    /// <exception cref="ArgumentException">A finder comes before (or without) a finder whose findings it reads.</exception>
    public MentionStage(IEnumerable<MentionFinder> finders)
    {
        _finders = [.. finders];
        for (int i = 0; i < _finders.Length; i++)
        {
            foreach (Type need in _finders[i].Needs)
            {
                if (!_finders.Take(i).Any(need.IsInstanceOfType))
                {
                    throw new ArgumentException($"{_finders[i].GetType().Name} reads what {need.Name} finds: put {need.Name} before it in the finder list.", nameof(finders));
                }
            }
        }
    }

    /// <summary>The stage with the default finders.</summary>
    public static MentionStage Default { get; } = new(DefaultFinders());

    /// <summary>
    /// The default finders, in the order they run: people first (roles are confirmed against them, quotes are
    /// attributed to them), then roles, quantities, durations, quotes, the reference list, dates, years, vote tallies,
    /// the wire credit and stock phrases.
    /// </summary>
    public static OrderedList<MentionFinder> DefaultFinders() =>
    [
        new PeopleFinder(),
        new RoleFinder(),
        new QuantityFinder(),
        new DurationFinder(),
        new QuoteFinder(),
        new ReferenceListFinder(),
        new DateFinder(),
        new HappeningDateFinder(),
        new ThingYearFinder(),
        new VenueFinder(),
        new LocalityFinder(),
        new VoteTallyFinder(),
        new WireCreditFinder(),
        new FillerPhraseFinder(),
    ];

    public ArticleMentions Find(AnalyzedArticle article, string documentText)
    {
        var scan = new MentionScan(article, documentText);
        SentenceTokens tokens = _tokens ??= new SentenceTokens();
        int wordOffset = 0;
        for (int i = 0; i < article.Sentences.Length; i++)
        {
            tokens.Load(scan.Text, article.Sentences[i], i, article.Words, wordOffset);
            wordOffset += tokens.Count;
            foreach (MentionFinder finder in _finders)
            {
                finder.FindInSentence(tokens, scan);
            }
        }

        foreach (MentionFinder finder in _finders)
        {
            finder.FindInArticle(scan);
        }

        return scan.Result();
    }
}
