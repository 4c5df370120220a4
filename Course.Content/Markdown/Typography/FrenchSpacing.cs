using System.Text.RegularExpressions;

namespace Course.Content.Markdown.Typography;

/// <summary>
/// French spacing rules for running text: the space before <c>: ; ? !</c> and inside « » becomes a narrow
/// no-break space (U+202F), so the punctuation never starts a line on its own on a narrow screen.
/// </summary>
public static partial class FrenchSpacing
{
    /// <summary>The narrow no-break space, U+202F.</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>Replaces the spaces (ordinary or no-break) before high punctuation and inside guillemets.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOfAny(['«', '»', ':', ';', '?', '!']) < 0)
        {
            return text;
        }

        text = SpaceBeforeHighPunctuation().Replace(text, "\u202F");
        return SpaceAfterOpeningGuillemet().Replace(text, "«\u202F");
    }

    /// <summary>True when <paramref name="c"/> takes a narrow no-break space before it.</summary>
    public static bool TakesSpaceBefore(char c) => c is ':' or ';' or '?' or '!' or '»';

    // Only an existing space is replaced: "http://" or "10:30" have none, so they never change.
    [GeneratedRegex("[ \u00A0](?=[:;?!»])")]
    private static partial Regex SpaceBeforeHighPunctuation();

    [GeneratedRegex("«[ \u00A0]")]
    private static partial Regex SpaceAfterOpeningGuillemet();
}
