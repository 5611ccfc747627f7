namespace Corroborate.Mentions;

/// <summary>The people of an article (<see cref="PersonFinder"/>): collected sentence by sentence, settled once the whole text is read.</summary>
public sealed class PeopleFinder : MentionFinder
{
    internal override void FindInSentence(SentenceTokens sentence, MentionScan scan) => scan.PeopleSoFar.Find(sentence);

    internal override void FindInArticle(MentionScan scan) => scan.People = scan.PeopleSoFar.Result();
}
