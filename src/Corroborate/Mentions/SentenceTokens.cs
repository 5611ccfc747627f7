using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Mentions;

/// <summary>
/// One sentence's words as offsets into the article's clean text, tokenized once and shared by every finder,
/// with the small questions they all ask: the lower-case form, what lies between two words, is it capitalized.
/// </summary>
internal sealed class SentenceTokens
{
    private readonly List<WordToken> _tokens = new(64);
    private readonly List<string> _lower = new(64);

    public string Text { get; private set; } = "";

    public Sentence Sentence { get; private set; }

    public int Index { get; private set; }

    public int Count => _tokens.Count;

    public void Load(string text, Sentence sentence, int index) => Load(text, sentence, index, default, 0);

    /// <summary>
    /// Loads a sentence reusing the text stage's normalized words (<paramref name="words"/> from <paramref name="wordOffset"/>):
    /// the text stage tokenized the same sentences the same way, so normalizing again would only repeat its work.
    /// </summary>
    public void Load(string text, Sentence sentence, int index, ImmutableArray<string> words, int wordOffset)
    {
        Text = text;
        Sentence = sentence;
        Index = index;
        _tokens.Clear();
        _lower.Clear();
        WordTokenizer.Tokenize(sentence.Of(text), _tokens);
        for (int k = 0; k < _tokens.Count; k++)
        {
            var token = new WordToken(_tokens[k].Start + sentence.Start, _tokens[k].End + sentence.Start);
            _tokens[k] = token;
        }

        bool reuse = !words.IsDefault && wordOffset + _tokens.Count <= words.Length;
        for (int k = 0; k < _tokens.Count; k++)
        {
            _lower.Add(reuse ? words[wordOffset + k] : WordNormalizer.Normalize(text.AsSpan(_tokens[k].Start, _tokens[k].Length)));
        }
    }

    public WordToken this[int k] => _tokens[k];

    public int Start(int k) => _tokens[k].Start;

    public int End(int k) => _tokens[k].End;

    public ReadOnlySpan<char> Word(int k) => Text.AsSpan(_tokens[k].Start, _tokens[k].Length);

    /// <summary>Lower-case form with digit separators dropped ("1,000" → "1000") and apostrophes unified.</summary>
    public string Lower(int k) => _lower[k];

    /// <summary>True when word k is <paramref name="lowerWord"/> (case-insensitively); false when out of range.</summary>
    public bool Is(int k, string lowerWord) => k >= 0 && k < _tokens.Count && string.Equals(_lower[k], lowerWord, StringComparison.Ordinal);

    /// <summary>The text between word k-1 and word k (from the sentence start for k = 0, to its end for k = Count).</summary>
    public ReadOnlySpan<char> GapBefore(int k)
    {
        int from = k == 0 ? Sentence.Start : _tokens[k - 1].End;
        int to = k == _tokens.Count ? Sentence.End : _tokens[k].Start;
        return Text.AsSpan(from, to - from);
    }

    /// <summary>Only spaces between word k-1 and word k: the two belong to one phrase.</summary>
    public bool Adjacent(int k) => k > 0 && k < _tokens.Count && GapBefore(k).IsWhiteSpace() && GapBefore(k).Length > 0;

    /// <summary>A hyphen (or a dash-like joiner) and nothing else between word k-1 and word k: "three-day", "ex-President".</summary>
    public bool Hyphenated(int k) => k > 0 && k < _tokens.Count && GapBefore(k) is [var c] && c is '-' or '\u2010' or '\u2011';

    public bool IsCapitalized(int k) => char.IsUpper(Text[_tokens[k].Start]);

    public bool IsNumber(int k) => char.IsDigit(Text[_tokens[k].Start]);

    /// <summary>The possessive form ("Britain's", "Ukraine’s", "allies'" is not seen: the tokenizer keeps only the letter-joined form).</summary>
    public bool IsPossessive(int k) => _lower[k].EndsWith("'s", StringComparison.Ordinal);

    /// <summary>The word without its possessive "'s".</summary>
    public ReadOnlySpan<char> Bare(int k)
    {
        ReadOnlySpan<char> word = Word(k);
        return IsPossessive(k) ? word[..^2] : word;
    }

    /// <summary>The sentence's first word (an opening quote before it does not count): its capital says nothing.</summary>
    public bool OpensSentence(int k) => k == 0;
}
