namespace Corroborate.Properties.Generators;

// Written for Corroborate; MIT.

/// <summary>
/// What the documents of one topic agree on: who, how many of what, where, when. Every document of the topic
/// states these (one may state another number: a conflict).
/// </summary>
public sealed record TopicSpec(int Topic, int Person, int Counted, int Place, int Thing, int Done, int Quote, int Number, int Day, DocumentSpec[] Documents)
{
    public Topic Words => Topics.All[Topic];

    public DateOnly Date => new(Words.Year, Words.Month, Day);
}

/// <summary>One line of page furniture placed before paragraph <see cref="At"/> (modulo the paragraph count + 1).</summary>
public readonly record struct Boilerplate(int Kind, int At);

/// <summary>A unicode decoration of sentence <see cref="Sentence"/> (modulo the sentence count) at character position <see cref="At"/>.</summary>
public readonly record struct Noise(int Kind, int Sentence, int At);

/// <summary>A hostile line (very long, punctuation runs, a giant token, stray markup) before paragraph <see cref="At"/>; <see cref="Size"/> scales it.</summary>
public readonly record struct Hostile(int Kind, int Size, int At);

/// <summary>
/// The choices that make one document: the outlet, HTML or plain text, the date line, the sentences (template
/// numbers), furniture, unicode decorations, hostile bits, line endings, a BOM, and whether the body copies the
/// previous document of its topic (1: the whole body, 2: truncated with "..."), whether it states another number
/// (a conflict) and whether it reports a follow-up nine days later.
/// </summary>
public sealed record DocumentSpec(
    int Outlet,
    bool Html,
    int DateStyle,
    int[] Sentences,
    Boilerplate[] Boilerplate,
    Noise[] Noise,
    Hostile[] Hostile,
    int LineEnding,
    bool Bom,
    int Copy,
    bool Conflicting,
    bool FollowUp)
{
    /// <summary>The day the document reports: its topic's date, or nine days later for a follow-up (a second event of the story).</summary>
    public DateOnly DateIn(TopicSpec topic) => FollowUp ? topic.Date.AddDays(9) : topic.Date;
}

/// <summary>A corpus: topics, each with its documents in order.</summary>
public sealed record CorpusSpec(TopicSpec[] Topics)
{
    public int DocumentCount => Topics.Sum(static t => t.Documents.Length);
}
