namespace Corroborate.Extraction;

/// <summary>
/// The thresholds of extraction: when a line reads like prose, how short a widget or credit line is, how much body
/// makes a teaser an article, how an HTML page's main content is chosen. The defaults were set on the seed pages,
/// the samples and the Zyte and WCXB benchmark pages; each is explained next to it so a change can be argued
/// against the reason. Word counts are of letter-or-digit runs (<see cref="LineFeatures"/>), lengths in UTF-16 chars.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The thresholds the reference outputs were made with.</summary>
    public static ExtractionOptions Default { get; } = new();

    // ---- When a line reads like prose or like a headline (LineFeatures) ----

    /// <summary>
    /// A line that ends like a sentence is prose from this many words (default 4) when it also has English function
    /// words (<see cref="ProseMinStopwordRatio"/>): "Police closed the road." is prose, "Read more." is not.
    /// </summary>
    public int ProseMinWords { get; init; } = 4;

    /// <summary>
    /// Share of stopwords a sentence-shaped line needs to be prose (default 0.12): real sentences have function words
    /// ("the", "of", "to"), labels and headlines often none.
    /// </summary>
    public double ProseMinStopwordRatio { get; init; } = 0.12;

    /// <summary>
    /// A line of this many words (default 16) is prose even without a sentence end, given
    /// <see cref="LongLineMinStopwordRatio"/>: scraped paragraphs often lose their final period.
    /// </summary>
    public int LongLineMinWords { get; init; } = 16;

    /// <summary>Stopword share such a long line needs (default 0.15, a little more than a sentence needs: it has no end mark to vouch for it).</summary>
    public double LongLineMinStopwordRatio { get; init; } = 0.15;

    /// <summary>
    /// A sentence-shaped line this long (default 80 chars) is prose without English stopwords when it has an inner
    /// sentence end or <see cref="ForeignProseMinWords"/> words, so pages in other languages are not emptied.
    /// </summary>
    public int ForeignProseMinChars { get; init; } = 80;

    /// <inheritdoc cref="ForeignProseMinChars"/>
    public int ForeignProseMinWords { get; init; } = 10;

    /// <summary>
    /// A line this long (default 160 chars) with <see cref="MultiSentenceMinMarks"/> inner sentence ends (default 2)
    /// is prose whatever its last character: several sentences are a paragraph, not a label.
    /// </summary>
    public int MultiSentenceMinChars { get; init; } = 160;

    /// <inheritdoc cref="MultiSentenceMinChars"/>
    public int MultiSentenceMinMarks { get; init; } = 2;

    /// <summary>
    /// Han, kana or hangul characters that make a sentence-shaped line prose (default 15): these scripts do not
    /// separate words with spaces, so word counts say nothing about them.
    /// </summary>
    public int CjkProseMinChars { get; init; } = 15;

    /// <summary>
    /// A headline has from <see cref="HeadlineMinWords"/> (default 2) to <see cref="HeadlineMaxWords"/> (default 24)
    /// words: one word is a label, and news headlines rarely run past two dozen words.
    /// </summary>
    public int HeadlineMinWords { get; init; } = 2;

    /// <inheritdoc cref="HeadlineMinWords"/>
    public int HeadlineMaxWords { get; init; } = 24;

    // ---- What one line is (LineClassifier) ----

    /// <summary>
    /// Only lines up to this long (default 200 chars) are tested against the widget, credit and prompt patterns:
    /// page furniture is short, and a paragraph that happens to start with "Share" is not a share bar.
    /// </summary>
    public int FurnitureMaxChars { get; init; } = 200;

    /// <summary>A copyright line is a footer only up to this many words (default 30); a longer one is a paragraph about copyright.</summary>
    public int CopyrightMaxWords { get; init; } = 30;

    /// <summary>A line opening with a photo counter ("4 Crews search …") is a caption candidate up to this many words (default 60).</summary>
    public int CounterCaptionMaxWords { get; init; } = 60;

    /// <summary>
    /// The single sentence right above a labelled photo credit is its caption up to this many words (default 35):
    /// what a caption is, and what a body paragraph rarely is.
    /// </summary>
    public int CaptionMaxWords { get; init; } = 35;

    /// <summary>
    /// An all-caps credit line ("EASTSIDE PICTURES") is at most <see cref="CreditMaxChars"/> chars (default 60) and
    /// <see cref="CreditMaxWords"/> words (default 5) with at least <see cref="CreditMinLetters"/> letters (default 2):
    /// an agency or photographer name, never a shouted sentence.
    /// </summary>
    public int CreditMaxChars { get; init; } = 60;

    /// <inheritdoc cref="CreditMaxChars"/>
    public int CreditMaxWords { get; init; } = 5;

    /// <inheritdoc cref="CreditMaxChars"/>
    public int CreditMinLetters { get; init; } = 2;

    /// <summary>Each item of a " | "-joined link list has at most this many words (default 14): a headline, not a sentence run-on.</summary>
    public int LinkMaxWords { get; init; } = 14;

    /// <summary>A link-list item of this many words or more (default 3) is a headline; shorter ones are menu entries.</summary>
    public int LinkHeadlineMinWords { get; init; } = 3;

    /// <summary>
    /// Items that make a " | "-joined line a menu (default 3). Before any prose, a line with fewer items is the page
    /// title ("Headline | Outlet"), not a link list.
    /// </summary>
    public int MenuMinItems { get; init; } = 3;

    /// <summary>
    /// A line is a dateline only when it is from <see cref="DatelineMinChars"/> (default 8) to
    /// <see cref="DatelineMaxChars"/> (default 80) chars long: the date must be most of the line, so a sentence
    /// that mentions a date is never taken for one.
    /// </summary>
    public int DatelineMinChars { get; init; } = 8;

    /// <inheritdoc cref="DatelineMinChars"/>
    public int DatelineMaxChars { get; init; } = 80;

    /// <summary>
    /// In a date line of parts joined by separators ("By Jo Eld · 2 June 2025 · 4 min read"), a part that is not the
    /// date is metadata only when it has at most <see cref="DatelinePartMaxWords"/> words (default 6) and is no sentence.
    /// </summary>
    public int DatelinePartMaxWords { get; init; } = 6;

    /// <summary>
    /// A reading of an ambiguous numeric date ("04/03/2026") that falls more than <see cref="DateOrderFutureSlackDays"/>
    /// days (default 31) after every unambiguous date on the page is a bad sign, so the other reading is preferred
    /// when nothing else on the page settles the order.
    /// </summary>
    public int DateOrderFutureSlackDays { get; init; } = 31;

    /// <summary>
    /// A page's first line is its masthead only when a headline of at least <see cref="MastheadTitleMinWords"/> words
    /// (default 4) follows it before the first paragraph: a page that opens with its headline has no masthead.
    /// </summary>
    public int MastheadTitleMinWords { get; init; } = 4;

    /// <summary>A sentence-shaped line between the masthead and the headline is the masthead's tagline when it has at most <see cref="TaglineMaxWords"/> words (default 6).</summary>
    public int TaglineMaxWords { get; init; } = 6;

    /// <summary>A cookie or consent banner is a line of at most <see cref="ConsentMaxWords"/> words (default 40).</summary>
    public int ConsentMaxWords { get; init; } = 40;

    /// <summary>
    /// A prompt to readers ("Subscribe to … for daily alerts") is at most <see cref="PromptMaxWords"/> words (default
    /// 30); one with no object, only a prompt verb and no sentence end ("Listen to the full interview"), at most
    /// <see cref="ShortPromptMaxWords"/> (default 8).
    /// </summary>
    public int PromptMaxWords { get; init; } = 30;

    /// <inheritdoc cref="PromptMaxWords"/>
    public int ShortPromptMaxWords { get; init; } = 8;

    /// <summary>A line announced as a caption (label, camera symbol, closing credit) is at most <see cref="CaptionLineMaxWords"/> words (default 60).</summary>
    public int CaptionLineMaxWords { get; init; } = 60;

    /// <summary>Inside an article, at most <see cref="RelatedBoxMaxLines"/> short lines (default 8) right under a related-stories header are its links.</summary>
    public int RelatedBoxMaxLines { get; init; } = 8;

    // ---- What is body inside one article (SegmentReader) ----

    /// <summary>
    /// A line found in many documents is boilerplate only up to this many words (default 11): copies of one story
    /// share whole paragraphs, so only short, label-like lines count.
    /// </summary>
    public int RepeatedLineMaxWords { get; init; } = 11;

    /// <summary>
    /// A line is repeated when at least this many documents (default 5) and at least one in
    /// <see cref="RepeatedLineShareOneIn"/> documents of the batch (default 5) contain it. Five, not three: a wire
    /// story and its republications often come in threes and share their headline.
    /// </summary>
    public int RepeatedLineMinDocuments { get; init; } = 5;

    /// <inheritdoc cref="RepeatedLineMinDocuments"/>
    public int RepeatedLineShareOneIn { get; init; } = 5;

    /// <summary>
    /// A photo-counter line is a caption when its counter appears on at least this many other counter lines of the
    /// page (default 1): a gallery numbers every caption, a quantity opening a sentence rarely repeats.
    /// </summary>
    public int CaptionCounterMinRepeats { get; init; } = 1;

    /// <summary>Items a colon-introduced list after the last paragraph needs to be kept as content (default 2: "Tour dates:" then the dates).</summary>
    public int ListMinItems { get; init; } = 2;

    /// <summary>
    /// Numbered non-sentence lines after the last paragraph ("1. Headline") of at most
    /// <see cref="NumberedItemMaxWords"/> words (default 20) are a most-read list from this many items (default 2).
    /// </summary>
    public int NumberedListMinItems { get; init; } = 2;

    /// <inheritdoc cref="NumberedListMinItems"/>
    public int NumberedItemMaxWords { get; init; } = 20;

    /// <summary>
    /// A last line cut off by an ellipsis ("what the villagers ar...") is body, to be marked truncated, from this many
    /// words (default 4) and <see cref="CutOffEndingMinStopwordRatio"/> stopwords (default 0.15): a sentence, not a teaser label.
    /// </summary>
    public int CutOffEndingMinWords { get; init; } = 4;

    /// <inheritdoc cref="CutOffEndingMinWords"/>
    public double CutOffEndingMinStopwordRatio { get; init; } = 0.15;

    /// <summary>
    /// A short non-heading line between paragraphs is body (a list item, a step) from this many words (default 6) and
    /// <see cref="BodyLineMinStopwordRatio"/> stopwords (default 0.2); a shorter one is a widget label.
    /// </summary>
    public int BodyLineMinWords { get; init; } = 6;

    /// <inheritdoc cref="BodyLineMinWords"/>
    public double BodyLineMinStopwordRatio { get; init; } = 0.2;

    // ---- Where articles start and end on a page (PageSegmenter) ----

    /// <summary>A teaser becomes its own article from this many prose words of body (default 40); below, it is a link blurb.</summary>
    public int TeaserMinBodyWords { get; init; } = 40;

    /// <summary>
    /// A prose line ending in "…" counts as teaser body from this many words (default 60): a long paragraph cut at
    /// its end is still a body, a one-line "…" blurb is not.
    /// </summary>
    public int CutOffParagraphMinWords { get; init; } = 60;

    /// <summary>
    /// A related-stories header or comment widget inside the article does not end it when at least
    /// <see cref="ContinuedProseMinLines"/> full prose lines (default 3) of <see cref="ContinuedProseMinWords"/>
    /// words (default 80) follow: an embedded box, not the article's end.
    /// </summary>
    public int ContinuedProseMinLines { get; init; } = 3;

    /// <inheritdoc cref="ContinuedProseMinLines"/>
    public int ContinuedProseMinWords { get; init; } = 80;

    /// <summary>An outlet name in a teaser header is at most this long (default 50 chars) …</summary>
    public int OutletNameMaxChars { get; init; } = 50;

    /// <summary>… and of at most this many words (default 5): "The Northline Gazette", not a sentence.</summary>
    public int OutletNameMaxWords { get; init; } = 5;

    /// <summary>A number ending a masthead name is part of it ("Channel 7", "Metro 24") when it has at most this many digits (default 3); a longer one is a year or an edition.</summary>
    public int OutletNameNumberMaxDigits { get; init; } = 3;

    /// <summary>A wire dateline ("OSLO, May 12 (Nordic Wire) —") names the wire only in the first paragraphs (default 3).</summary>
    public int WireDatelineParagraphs { get; init; } = 3;

    // ---- Which parts of an HTML page are the article (HtmlBlockReader, HtmlCleaner, ContentScorer) ----

    /// <summary>
    /// When dropping elements by class and id names leaves less text than this (default 400 chars), the page is
    /// read again without that step: a site that names its article wrapper "ad-margins" must not lose its article.
    /// </summary>
    public int HtmlMinText { get; init; } = 400;

    /// <summary>
    /// Elements nested deeper than this (default 256; real pages stay well under 100) are flattened into the one at
    /// this depth before parsing, with an <c>html-too-deep</c> diagnostic: the HTML parser's work grows with the square
    /// of the nesting, so 30,000 nested containers took minutes (<see cref="HtmlDepthLimiter"/>).
    /// </summary>
    public int HtmlMaxDepth { get; init; } = 256;

    /// <summary>
    /// A list or container of less than <see cref="LinkBlockMaxChars"/> chars (default 2000) whose link density is
    /// above <see cref="LinkBlockMinLinkDensity"/> (default 0.5) is a menu or "more stories" list, not article text.
    /// </summary>
    public int LinkBlockMaxChars { get; init; } = 2000;

    /// <inheritdoc cref="LinkBlockMaxChars"/>
    public double LinkBlockMinLinkDensity { get; init; } = 0.5;

    /// <summary>Blocks with less text than this (default 25 chars) give their ancestors no points: a label or button.</summary>
    public int ScoredBlockMinChars { get; init; } = 25;

    /// <summary>
    /// A block earns one point per <see cref="CharsPerPoint"/> chars (default 100), at most <see cref="MaxLengthPoints"/>
    /// (default 3), besides one for being there and one per comma: Readability's weighting, so one long block cannot
    /// outvote many real paragraphs.
    /// </summary>
    public int CharsPerPoint { get; init; } = 100;

    /// <inheritdoc cref="CharsPerPoint"/>
    public int MaxLengthPoints { get; init; } = 3;

    /// <summary>How many ancestor levels receive a block's points (default 3: parent in full, grandparent half, then a third).</summary>
    public int ScoredAncestorLevels { get; init; } = 3;

    /// <summary>
    /// Points a class or id name adds (content words: "article", "story") or takes (furniture words: "comment",
    /// "share") (default 25): enough to outweigh a few paragraphs, as in Readability.
    /// </summary>
    public double ClassNameWeight { get; init; } = 25;

    /// <summary>
    /// A sibling of the best container joins it when it scores at least <see cref="SiblingMinScore"/> (default 10)
    /// and <see cref="SiblingScoreShare"/> of the best score (default 0.2); one with the same class name gets
    /// <see cref="SameClassBonusShare"/> of the best score (default 0.2) on top. Many sites split one article over
    /// several sibling containers.
    /// </summary>
    public double SiblingMinScore { get; init; } = 10;

    /// <inheritdoc cref="SiblingMinScore"/>
    public double SiblingScoreShare { get; init; } = 0.2;

    /// <inheritdoc cref="SiblingMinScore"/>
    public double SameClassBonusShare { get; init; } = 0.2;

    /// <summary>
    /// A sibling paragraph joins the content when longer than <see cref="SiblingParagraphMinChars"/> (default 80)
    /// with link density below <see cref="SiblingParagraphMaxLinkDensity"/> (default 0.25), or when it is a
    /// link-free sentence longer than <see cref="SiblingSentenceMinChars"/> (default 30).
    /// </summary>
    public int SiblingParagraphMinChars { get; init; } = 80;

    /// <inheritdoc cref="SiblingParagraphMinChars"/>
    public double SiblingParagraphMaxLinkDensity { get; init; } = 0.25;

    /// <inheritdoc cref="SiblingParagraphMinChars"/>
    public int SiblingSentenceMinChars { get; init; } = 30;

    /// <summary>
    /// A furniture-named container is kept when it holds a paragraph longer than <see cref="LongParagraphChars"/>
    /// (default 400) or <see cref="RealParagraphsToKeep"/> (default 3) longer than <see cref="RealParagraphChars"/>
    /// (default 80): a misnamed wrapper must not take the article with it.
    /// </summary>
    public int LongParagraphChars { get; init; } = 400;

    /// <inheritdoc cref="LongParagraphChars"/>
    public int RealParagraphChars { get; init; } = 80;

    /// <inheritdoc cref="LongParagraphChars"/>
    public int RealParagraphsToKeep { get; init; } = 3;

    /// <summary>
    /// How many markup characters past the cursor (tags skipped) a decoded character is looked for (default 48):
    /// longer than any entity and than the whitespace HTML collapses, short enough that a character is not matched
    /// to a far later one.
    /// </summary>
    public int AlignmentWindow { get; init; } = 48;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option that cannot work.</summary>
    public void Validate()
    {
        AtLeast(ProseMinWords, 1, nameof(ProseMinWords));
        Ratio(ProseMinStopwordRatio, nameof(ProseMinStopwordRatio));
        AtLeast(LongLineMinWords, 1, nameof(LongLineMinWords));
        Ratio(LongLineMinStopwordRatio, nameof(LongLineMinStopwordRatio));
        AtLeast(ForeignProseMinChars, 1, nameof(ForeignProseMinChars));
        AtLeast(ForeignProseMinWords, 1, nameof(ForeignProseMinWords));
        AtLeast(MultiSentenceMinChars, 1, nameof(MultiSentenceMinChars));
        AtLeast(MultiSentenceMinMarks, 1, nameof(MultiSentenceMinMarks));
        AtLeast(CjkProseMinChars, 1, nameof(CjkProseMinChars));
        AtLeast(HeadlineMinWords, 1, nameof(HeadlineMinWords));
        Ordered(HeadlineMinWords, HeadlineMaxWords, nameof(HeadlineMinWords), nameof(HeadlineMaxWords));

        AtLeast(FurnitureMaxChars, 1, nameof(FurnitureMaxChars));
        AtLeast(CopyrightMaxWords, 1, nameof(CopyrightMaxWords));
        AtLeast(CounterCaptionMaxWords, 1, nameof(CounterCaptionMaxWords));
        AtLeast(CaptionMaxWords, 1, nameof(CaptionMaxWords));
        AtLeast(CreditMaxChars, 1, nameof(CreditMaxChars));
        AtLeast(CreditMaxWords, 1, nameof(CreditMaxWords));
        AtLeast(CreditMinLetters, 1, nameof(CreditMinLetters));
        Ordered(CreditMinLetters, CreditMaxChars, nameof(CreditMinLetters), nameof(CreditMaxChars));
        AtLeast(LinkMaxWords, 1, nameof(LinkMaxWords));
        AtLeast(LinkHeadlineMinWords, 1, nameof(LinkHeadlineMinWords));
        Ordered(LinkHeadlineMinWords, LinkMaxWords, nameof(LinkHeadlineMinWords), nameof(LinkMaxWords));
        AtLeast(MenuMinItems, 2, nameof(MenuMinItems));
        AtLeast(DatelineMinChars, 1, nameof(DatelineMinChars));
        Ordered(DatelineMinChars, DatelineMaxChars, nameof(DatelineMinChars), nameof(DatelineMaxChars));
        AtLeast(DatelinePartMaxWords, 1, nameof(DatelinePartMaxWords));
        AtLeast(DateOrderFutureSlackDays, 0, nameof(DateOrderFutureSlackDays));
        AtLeast(MastheadTitleMinWords, 1, nameof(MastheadTitleMinWords));
        AtLeast(TaglineMaxWords, 1, nameof(TaglineMaxWords));
        AtLeast(ConsentMaxWords, 1, nameof(ConsentMaxWords));
        AtLeast(PromptMaxWords, 1, nameof(PromptMaxWords));
        Ordered(ShortPromptMaxWords, PromptMaxWords, nameof(ShortPromptMaxWords), nameof(PromptMaxWords));
        AtLeast(CaptionLineMaxWords, 1, nameof(CaptionLineMaxWords));
        AtLeast(RelatedBoxMaxLines, 1, nameof(RelatedBoxMaxLines));

        AtLeast(RepeatedLineMaxWords, 1, nameof(RepeatedLineMaxWords));
        AtLeast(RepeatedLineMinDocuments, 2, nameof(RepeatedLineMinDocuments));
        AtLeast(RepeatedLineShareOneIn, 1, nameof(RepeatedLineShareOneIn));
        AtLeast(CaptionCounterMinRepeats, 1, nameof(CaptionCounterMinRepeats));
        AtLeast(ListMinItems, 1, nameof(ListMinItems));
        AtLeast(NumberedListMinItems, 1, nameof(NumberedListMinItems));
        AtLeast(NumberedItemMaxWords, 1, nameof(NumberedItemMaxWords));
        AtLeast(CutOffEndingMinWords, 1, nameof(CutOffEndingMinWords));
        Ratio(CutOffEndingMinStopwordRatio, nameof(CutOffEndingMinStopwordRatio));
        AtLeast(BodyLineMinWords, 1, nameof(BodyLineMinWords));
        Ratio(BodyLineMinStopwordRatio, nameof(BodyLineMinStopwordRatio));

        AtLeast(TeaserMinBodyWords, 1, nameof(TeaserMinBodyWords));
        AtLeast(CutOffParagraphMinWords, 1, nameof(CutOffParagraphMinWords));
        AtLeast(ContinuedProseMinLines, 1, nameof(ContinuedProseMinLines));
        AtLeast(ContinuedProseMinWords, 1, nameof(ContinuedProseMinWords));
        AtLeast(OutletNameMaxChars, 1, nameof(OutletNameMaxChars));
        AtLeast(OutletNameMaxWords, 1, nameof(OutletNameMaxWords));
        AtLeast(OutletNameNumberMaxDigits, 0, nameof(OutletNameNumberMaxDigits));
        AtLeast(WireDatelineParagraphs, 1, nameof(WireDatelineParagraphs));

        AtLeast(HtmlMinText, 0, nameof(HtmlMinText));
        AtLeast(HtmlMaxDepth, 1, nameof(HtmlMaxDepth));
        AtLeast(LinkBlockMaxChars, 0, nameof(LinkBlockMaxChars));
        Ratio(LinkBlockMinLinkDensity, nameof(LinkBlockMinLinkDensity));
        AtLeast(ScoredBlockMinChars, 0, nameof(ScoredBlockMinChars));
        AtLeast(CharsPerPoint, 1, nameof(CharsPerPoint));
        AtLeast(MaxLengthPoints, 0, nameof(MaxLengthPoints));
        AtLeast(ScoredAncestorLevels, 1, nameof(ScoredAncestorLevels));
        NonNegative(ClassNameWeight, nameof(ClassNameWeight));
        NonNegative(SiblingMinScore, nameof(SiblingMinScore));
        Ratio(SiblingScoreShare, nameof(SiblingScoreShare));
        Ratio(SameClassBonusShare, nameof(SameClassBonusShare));
        AtLeast(SiblingParagraphMinChars, 0, nameof(SiblingParagraphMinChars));
        Ratio(SiblingParagraphMaxLinkDensity, nameof(SiblingParagraphMaxLinkDensity));
        AtLeast(SiblingSentenceMinChars, 0, nameof(SiblingSentenceMinChars));
        AtLeast(RealParagraphChars, 0, nameof(RealParagraphChars));
        Ordered(RealParagraphChars, LongParagraphChars, nameof(RealParagraphChars), nameof(LongParagraphChars));
        AtLeast(RealParagraphsToKeep, 1, nameof(RealParagraphsToKeep));
        AtLeast(AlignmentWindow, 1, nameof(AlignmentWindow));
    }

    private static void AtLeast(int value, int least, string name)
    {
        if (value < least)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Extraction option {name} must be at least {least}.");
        }
    }

    private static void Ratio(double value, string name)
    {
        // Written so that NaN fails too.
        if (!(value is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Extraction option {name} is a share and must be between 0 and 1.");
        }
    }

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Extraction option {name} must be a finite number of at least 0.");
        }
    }

    private static void Ordered(int low, int high, string lowName, string highName)
    {
        if (low > high)
        {
            throw new ArgumentException($"Extraction option {lowName} ({low}) must not exceed {highName} ({high}).", highName);
        }
    }
}
