using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Course.Content.Quizzes.Checks;

/// <summary>
/// Text reduced for the content checks: tags removed, entities decoded, accents folded, lowercase, and split into
/// words, so "Nœud", "noeud" and "<c>&lt;strong&gt;NŒUD&lt;/strong&gt;</c>" compare equal.
/// </summary>
internal static partial class FoldedText
{
    /// <summary>The visible text of inline or block HTML: tags removed, entities decoded, trimmed.</summary>
    public static string PlainOf(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " ")).Trim();

    /// <summary>The number of visible characters of inline HTML (tags do not count).</summary>
    public static int LengthOf(string html) => WebUtility.HtmlDecode(Tag().Replace(html, "")).Trim().Length;

    /// <summary>The folded words of <paramref name="text"/>: lowercase ASCII where possible, accents removed.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var folded = Fold(text);
        return Word().Matches(folded).Select(m => m.Value).ToList();
    }

    /// <summary>True when the words of <paramref name="phrase"/> appear consecutively among <paramref name="words"/>.</summary>
    public static bool ContainsPhrase(IReadOnlyList<string> words, string phrase)
    {
        var wanted = Words(phrase);
        if (wanted.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + wanted.Count <= words.Count; start++)
        {
            var match = true;
            for (var i = 0; i < wanted.Count && match; i++)
            {
                match = words[start + i] == wanted[i];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string text)
    {
        // œ and æ are letters of their own, not accented letters: spell them out as students type them.
        var spelled = text.Replace("œ", "oe").Replace("Œ", "OE").Replace("æ", "ae").Replace("Æ", "AE");
        var builder = new StringBuilder(spelled.Length);
        foreach (var c in spelled.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
