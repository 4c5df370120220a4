using System.Text;
using Lucene.Net.Search.Highlight;

namespace Course.Web.Components.Search;

/// <summary>
/// Escapes the five characters that matter in HTML text and leaves the rest as is: Lucene's SimpleHTMLEncoder
/// turns every accented letter into a numeric entity ("n&amp;#339;ud"), which bloats French snippets.
/// </summary>
internal sealed class SnippetEncoder : IEncoder
{
    public static SnippetEncoder Instance { get; } = new();

    public string EncodeText(string originalText)
    {
        var builder = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
