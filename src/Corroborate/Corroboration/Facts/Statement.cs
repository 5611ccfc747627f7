using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// One thing one article says about one key: "role:GB:prime minister" = "Keir Starmer", "quantity:prison" = 1,000,
/// "duration" = 0–60 minutes. Statements with compatible values across articles become one fact.
/// </summary>
/// <param name="Value">The comparable value: a person's name, a number, a date, or a range's readable form.</param>
/// <param name="Range">For numbers, durations and dates (as day numbers): the values the statement allows.</param>
/// <param name="Phrase">The words that state it, as written ("UK Prime Minister Boris Johnson", "6.4 metres").</param>
/// <param name="Negated">A "former" role statement: the person is said not to hold the role now.</param>
/// <param name="Start">Where the phrase starts in the article's text (with <paramref name="End"/>: what its local context is read around).</param>
internal sealed record Statement(
    FactKey Key,
    string Value,
    ValueRange? Range,
    string Phrase,
    ArticleReport Article,
    int Sentence,
    string Source,
    bool Negated = false,
    int Start = 0,
    int End = 0)
{
    public FactKind Kind => Key.Kind;

    public string ArticleId => Article.Article.Id;

    public Citation? Cite() => Article.Analyzed.Cite(Sentence);

    /// <summary>The content terms within <paramref name="window"/> words of the phrase.</summary>
    public string[] LocalTerms(int window) => Corroboration.LocalTerms.Around(Article, Sentence, Start, End, window);
}
