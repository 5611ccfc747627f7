using System.Text;

namespace Corroborate.Briefing;

/// <summary>What makes two cited sentences "the same sentence" in a brief: the same words, whatever the spacing (copies repeat sentences verbatim).</summary>
internal static class SentenceKey
{
    public static string Of(string sentence)
    {
        var key = new StringBuilder(sentence.Length);
        bool space = false;
        foreach (char c in sentence)
        {
            if (char.IsWhiteSpace(c))
            {
                space = key.Length > 0;
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(c);
        }

        return key.ToString();
    }
}
