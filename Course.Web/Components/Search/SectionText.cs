using System.Net;
using System.Text.RegularExpressions;

namespace Course.Web.Components.Search;

/// <summary>Plain text of a rendered section, for indexing: no tags, no heading, no code-block toolbar.</summary>
internal static partial class SectionText
{
    public static string FromHtml(string html)
    {
        var text = CodeBlockBar().Replace(html, " ");
        text = Heading().Replace(text, " ", 1);
        text = InlineTag().Replace(text, "");
        text = AnyTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    // The language label and the "Copier" button would otherwise show up in every section with code.
    [GeneratedRegex("<figcaption\\b.*?</figcaption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CodeBlockBar();

    [GeneratedRegex("<h[1-6]\\b.*?</h[1-6]>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    // Inline tags vanish without a space so "<strong>K</strong>ubelet" stays one word.
    [GeneratedRegex("</?(?:a|abbr|b|code|em|i|kbd|mark|q|s|small|span|strong|sub|sup|u)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
