using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Content.Markdown.Links;

/// <summary>
/// Opens external links in a new tab with <c>rel="noopener noreferrer"</c> and neutralises links whose scheme
/// could run script (<c>javascript:</c>, <c>data:</c>...).
/// </summary>
public sealed class SafeLinkExtension : IMarkdownExtension
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Rewrite;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Rewrite(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = Secure(link.Url, link);
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            link.Url = Secure(link.Url, link) ?? "#";
        }
    }

    private static string? Secure(string? url, Inline link)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return url;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme)
        {
            return trimmed; // relative link or in-page anchor
        }

        var scheme = trimmed[..colon].ToLowerInvariant();
        if (!SafeSchemes.Contains(scheme))
        {
            return "#";
        }

        if (scheme is "http" or "https")
        {
            var attributes = link.GetAttributes();
            attributes.AddPropertyIfNotExist("target", "_blank");
            attributes.AddPropertyIfNotExist("rel", "noopener noreferrer");
        }

        return trimmed;
    }
}
