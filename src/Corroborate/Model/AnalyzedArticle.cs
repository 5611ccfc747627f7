using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>An article with what the text stage derived from it, computed once and shared by later stages.</summary>
/// <param name="Words">Normalized word forms (lower-case, quotes and dashes unified, punctuation dropped) in text order: the input of copy detection.</param>
/// <param name="Terms">Stemmed content terms (stopwords dropped) with their counts, ordered by term: the input of story clustering.</param>
/// <param name="Names">Capitalized multi-word and single-word names (normalized) with their counts, ordered by name.</param>
public sealed record AnalyzedArticle(
    Article Article,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<string> Words,
    ImmutableArray<TermCount> Terms,
    ImmutableArray<TermCount> Names)
{
    public string Id => Article.Id;

    /// <summary>Each sentence's stemmed content terms, sorted and distinct (parallel to <see cref="Sentences"/>): what sentence alignment compares.</summary>
    public ImmutableArray<string[]> SentenceTerms { get; init; } = [];

    /// <summary>People, roles, quantities, durations and quotes found in the text (the mentions stage).</summary>
    public ArticleMentions Mentions { get; init; } = ArticleMentions.Empty;

    /// <summary>Each sentence's span in the original document (parallel to <see cref="Sentences"/>); empty until the pipeline sets it.</summary>
    public ImmutableArray<SourceSpan> SentenceSources { get; init; } = [];

    /// <summary>The sentence at <paramref name="index"/> cited in its original place, or null when the document does not say it verbatim.</summary>
    public Citation? Cite(int index)
    {
        if (index < 0 || index >= SentenceSources.Length || !SentenceSources[index].Verbatim)
        {
            return null;
        }

        SourceSpan span = SentenceSources[index];
        return new Citation(Article.Id, Article.Outlet, Sentences[index].Of(Article.Text).ToString(), span.Start, span.End);
    }
}

public readonly record struct TermCount(string Term, int Count);
