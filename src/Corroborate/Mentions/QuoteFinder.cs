using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// Quotations in double quotes (straight or curly) with their speaker: a person named next to a speech verb in the
/// same sentence ("…," Ada Quist said; X told reporters "…"), or, for "he said"/"she said", the last person named
/// in the two sentences before.
/// </summary>
internal static partial class QuoteFinder
{
    [GeneratedRegex("[\"“](?<q>[^\"“”]{3,600})[\"”]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:said|says|told|added|wrote|warned|stated|insisted|according to)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"\b(?:he|she|they) (?:said|says|added|told|wrote|warned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Pronoun();

    public static List<QuoteMention> Find(AnalyzedArticle article, IReadOnlyList<PersonMention> people)
    {
        string text = article.Article.Text;
        var quotes = new List<QuoteMention>();
        for (int index = 0; index < article.Sentences.Length; index++)
        {
            Sentence sentence = article.Sentences[index];
            string s = sentence.Of(text).ToString();
            foreach (Match m in Quoted().Matches(s))
            {
                if (m.Groups["q"].Value.Count(char.IsWhiteSpace) < 2)
                {
                    continue;
                }

                string outside = s[..m.Index] + " " + s[(m.Index + m.Length)..];
                string? speaker = null;
                if (SpeechVerb().IsMatch(outside))
                {
                    speaker = people.Where(p => p.Sentence == index && (p.End <= sentence.Start + m.Index || p.Start >= sentence.Start + m.Index + m.Length))
                        .Select(p => p.Name).FirstOrDefault();
                    if (speaker is null && Pronoun().IsMatch(outside))
                    {
                        speaker = people.LastOrDefault(p => p.Sentence < index && p.Sentence >= index - 2)?.Name;
                    }
                }

                Group q = m.Groups["q"];
                quotes.Add(new QuoteMention(speaker, index, sentence.Start + q.Index, sentence.Start + q.Index + q.Length));
            }
        }

        return quotes;
    }
}
