using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Mentions;

/// <summary>Years bound to a thing: "the flood wall, finished in 2017", "the bridge was opened in 1998".</summary>
public sealed partial class ThingYearFinder : MentionFinder
{
    [GeneratedRegex(@"\b(?<noun>[A-Za-z]{3,20}),? (?:was |were |had been |which was )?(?<verb>finished|completed|built|opened|founded|established|constructed|inaugurated|installed|introduced|erected|launched|created) in (?<year>(?:19|20)[0-9]{2})\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ThingYear();

    internal override void FindInArticle(MentionScan scan)
    {
        foreach (Match m in ThingYear().Matches(scan.Text))
        {
            string noun = WordNormalizer.Normalize(m.Groups["noun"].ValueSpan);
            int index = SentenceLookup.IndexAt(scan.Sentences, m.Index);
            if (Stopwords.Contains(noun) || index < 0)
            {
                continue;
            }

            int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            scan.Keyed.Add(new KeyedMention(new ThingYearKey(Stemmer.Stem(noun)), year.ToString(CultureInfo.InvariantCulture),
                new ValueRange(year, year), index, m.Index, m.Index + m.Length));
        }
    }
}
