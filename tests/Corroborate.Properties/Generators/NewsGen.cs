using CsCheck;

namespace Corroborate.Properties.Generators;

// Written for Corroborate; MIT.

/// <summary>
/// CsCheck generators of fictional news corpora. Every choice is a small integer or a bool, so a failing case
/// shrinks towards the plainest document: one sentence of the first template, LF line endings, no BOM, no
/// furniture, no decoration, no hostile line, plain text.
/// </summary>
public static class NewsGen
{
    /// <summary>What a generated corpus may contain.</summary>
    /// <param name="Hostile">Hostile lines and unicode decorations (off: clean, dated, well-formed pages only).</param>
    /// <param name="Dated">Every document has a date line (no "5 minutes ago"-only or undated page).</param>
    /// <param name="DistinctTopics">No two topics of a corpus are the same topic (so they do not interact).</param>
    /// <param name="Lead">Every document opens with the topic's two lead sentences (templates 0 and 1: who, how many, where).</param>
    /// <param name="LowerBounds">Sentences may give a number as a lower bound (template 8, "More than 1,200 …"); off, template 8 is replaced by template 6.</param>
    public sealed record Profile(int MaxTopics, int MaxDocumentsPerTopic, bool Hostile, bool Dated, bool DistinctTopics, bool Lead = false, bool LowerBounds = true)
    {
        /// <summary>Anything goes: topics may repeat (so documents of one topic may arrive from two specs), hostile bits on.</summary>
        public static Profile Any { get; } = new(3, 3, Hostile: true, Dated: false, DistinctTopics: false);

        /// <summary>
        /// Topics that do not interact: distinct topics, dated pages, and a shared lead in every document of a topic, so
        /// that its documents join one story by a wide margin whatever else came before (see PermutationProperties: a
        /// page whose only sentence is not the lead can sit near the join threshold, and then the order of unrelated
        /// documents decides through document frequencies).
        /// </summary>
        public static Profile Separate { get; } = new(4, 3, Hostile: true, Dated: true, DistinctTopics: true, Lead: true);
    }

    public static Gen<Boilerplate> Boilerplate { get; } = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 20], static (k, a) => new Boilerplate(k, a));

    public static Gen<Noise> Noise { get; } = Gen.Select(Gen.Int[0, 11], Gen.Int[0, 20], Gen.Int[0, 200], static (k, s, a) => new Noise(k, s, a));

    public static Gen<Hostile> Hostile { get; } = Gen.Select(Gen.Int[0, 6], Gen.Int[1, 60], Gen.Int[0, 20], static (k, s, a) => new Hostile(k, s, a));

    public static Gen<DocumentSpec> Document(Profile profile)
    {
        Gen<int> template = profile.LowerBounds ? Gen.Int[0, Renderer.Templates.Length - 1] : Gen.Int[0, Renderer.Templates.Length - 1].Select(static t => t == 8 ? 6 : t);
        return Document(profile, profile.Lead ? template.Array[0, 6].Select(static s => (int[])[0, 1, .. s]) : template.Array[1, 8]);
    }

    private static Gen<DocumentSpec> Document(Profile profile, Gen<int[]> templates) => Gen.Select(
        Gen.Select(Gen.Int[0, 5], Gen.Bool, profile.Dated ? Gen.Int[0, 3] : Gen.Int[0, 5], templates),
        Gen.Select(Boilerplate.Array[0, 4], profile.Hostile ? Noise.Array[0, 4] : Gen.Const(System.Array.Empty<Noise>()), profile.Hostile ? Hostile.Array[0, 2] : Gen.Const(System.Array.Empty<Hostile>())),
        Gen.Select(Gen.Int[0, 2], Gen.Bool, Gen.Int[0, 2], Gen.Int[0, 5], Gen.Int[0, 3]),
        static (a, b, c) => new DocumentSpec(a.Item1, a.Item2, a.Item3, a.Item4, b.Item1, b.Item2, b.Item3, c.Item1, c.Item2, c.Item3, c.Item4 == 5, c.Item5 == 3));

    public static Gen<TopicSpec> Topic(Profile profile, Gen<int> topic) => Gen.Select(
        Gen.Select(topic, Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2]),
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 1], Gen.Int[2, 9000]),
        Gen.Int[1, 25],
        Document(profile).Array[1, profile.MaxDocumentsPerTopic],
        static (a, b, day, documents) => new TopicSpec(a.Item1, a.Item2, a.Item3, a.Item4, b.Item1, b.Item2, b.Item3, b.Item4, day, documents));

    public static Gen<CorpusSpec> Corpus(Profile profile)
    {
        if (!profile.DistinctTopics)
        {
            return Topic(profile, Gen.Int[0, Topics.All.Length - 1]).Array[1, profile.MaxTopics].Select(static t => new CorpusSpec(t));
        }

        // Distinct topics: a shuffled prefix of the topic numbers, then one topic spec for each.
        return from order in Gen.Shuffle(Enumerable.Range(0, Topics.All.Length).ToArray(), 2, profile.MaxTopics)
               from topics in Topic(profile, Gen.Const(0)).Array[order.Length]
               select new CorpusSpec([.. topics.Select((t, i) => t with { Topic = order[i] })]);
    }

    /// <summary>A corpus and an interleaving of its topics' documents that keeps each topic's own order (a list of topic numbers, one per document).</summary>
    public static Gen<(CorpusSpec Corpus, int[] Order)> Interleaved(Profile profile) =>
        from corpus in Corpus(profile)
        from order in Gen.Shuffle(corpus.Topics.SelectMany((t, i) => Enumerable.Repeat(i, t.Documents.Length)).ToArray())
        select (corpus, order);
}
