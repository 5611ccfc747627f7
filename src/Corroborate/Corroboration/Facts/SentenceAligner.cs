using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Aligns sentences across the independent sources of an event by the content terms they share, so that "the flood
/// wall held along most of its length" said by two outlets in their own words is one corroborated statement.
/// Candidates come from a term index, never all pairs; very common terms are not used to find candidates.
/// </summary>
internal static class SentenceAligner
{
    /// <summary>One sentence that may be aligned: its article, index, sorted content terms and independent source.</summary>
    private readonly record struct SentenceRef(ArticleReport Article, int Sentence, string[] Terms, string Source);

    public static List<Fact> Align(StoryContext story, StoryEvent storyEvent, IReadOnlyList<ArticleReport> articles, CorroborationOptions options)
    {
        List<SentenceRef> refs = Candidates(story, articles, options);
        int[] parent = Link(refs, options);
        var facts = new List<Fact>();
        foreach (List<int> members in Clusters(parent))
        {
            if (ToFact(story, storyEvent, refs, members) is { } fact)
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    /// <summary>Sentences of the event's original articles (copies say nothing new) long enough to say something.</summary>
    private static List<SentenceRef> Candidates(StoryContext story, IReadOnlyList<ArticleReport> articles, CorroborationOptions options)
    {
        var refs = new List<SentenceRef>();
        foreach (ArticleReport article in articles)
        {
            if (article.Copy is not null)
            {
                continue;
            }

            ImmutableArray<string[]> terms = article.Analyzed.SentenceTerms;
            for (int s = 0; s < terms.Length; s++)
            {
                if (terms[s].Length >= options.AlignMinTerms)
                {
                    refs.Add(new SentenceRef(article, s, terms[s], story.SourceIdOf(article)));
                }
            }
        }

        return refs;
    }

    /// <summary>
    /// Unions sentences of different sources that share enough terms at a high enough cosine; candidates come from a
    /// term → sentences index, skipping terms too common to tell anything. Returns the union-find parents.
    /// </summary>
    private static int[] Link(List<SentenceRef> refs, CorroborationOptions options)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < refs.Count; i++)
        {
            foreach (string term in refs[i].Terms)
            {
                if (!postings.TryGetValue(term, out List<int>? list))
                {
                    postings[term] = list = [];
                }

                list.Add(i);
            }
        }

        var parent = Enumerable.Range(0, refs.Count).ToArray();
        var shared = new Dictionary<int, int>();
        for (int i = 0; i < refs.Count; i++)
        {
            shared.Clear();
            foreach (string term in refs[i].Terms)
            {
                List<int> list = postings[term];
                if (list.Count > options.AlignMaxPosting)
                {
                    continue;
                }

                foreach (int j in list)
                {
                    if (j > i && !string.Equals(refs[j].Source, refs[i].Source, StringComparison.Ordinal))
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared)
            {
                if (count >= options.AlignMinSharedTerms && count / Math.Sqrt(refs[i].Terms.Length * (double)refs[j].Terms.Length) >= options.AlignMinCosine)
                {
                    Union(parent, i, j);
                }
            }
        }

        return parent;
    }

    /// <summary>The linked sentences, cluster by cluster, in the order of each cluster's root.</summary>
    private static IEnumerable<List<int>> Clusters(int[] parent)
    {
        var clusters = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < parent.Length; i++)
        {
            int root = Find(parent, i);
            if (!clusters.TryGetValue(root, out List<int>? members))
            {
                clusters[root] = members = [];
            }

            members.Add(i);
        }

        return clusters.Values;
    }

    /// <summary>A statement fact when the cluster spans two or more independent sources, cited once per article in story order.</summary>
    private static Fact? ToFact(StoryContext story, StoryEvent storyEvent, List<SentenceRef> refs, List<int> members)
    {
        int sources = members.Select(m => refs[m].Source).Distinct(StringComparer.Ordinal).Count();
        if (sources < 2)
        {
            return null;
        }

        var citations = ImmutableArray.CreateBuilder<Citation>();
        var citedArticles = new HashSet<string>(StringComparer.Ordinal);
        foreach (int m in members.OrderBy(m => story.Order.GetValueOrDefault(refs[m].Article.Article.Id)).ThenBy(m => refs[m].Sentence))
        {
            if (refs[m].Article.Analyzed.Cite(refs[m].Sentence) is { } citation && citedArticles.Add(citation.Article))
            {
                citations.Add(citation);
            }
        }

        if (citations.Count == 0)
        {
            return null;
        }

        Citation lead = citations[0];
        return new Fact("F" + ContentId.Of(storyEvent.Id, "statement", lead.Article, lead.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            story.Story.Id, storyEvent.Id, new StatementKey(), lead.Sentence, "stated", sources, sources, citations.ToImmutable());
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a);
        int rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
