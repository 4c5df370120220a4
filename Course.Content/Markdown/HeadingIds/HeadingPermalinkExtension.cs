using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Content.Markdown.HeadingIds;

/// <summary>
/// Ends every heading of a page with a permalink (a link icon shown on hover or focus; the site's script copies the
/// section's address on click). Only documents that know their page's address get them, through
/// <see cref="SetPagePath"/>: the link works without script and despite the site's <c>&lt;base href&gt;</c>.
/// </summary>
public sealed class HeadingPermalinkExtension : IMarkdownExtension
{
    private const string PagePathKey = "course-page-path";

    /// <summary>Gives <paramref name="document"/>'s headings permalinks to <paramref name="pagePath"/> (relative to the base href).</summary>
    public static void SetPagePath(MarkdownDocument document, string pagePath)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetData(PagePathKey, pagePath);
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HeadingRenderer>(new PermalinkHeadingRenderer());
        }
    }

    private sealed class PermalinkHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        // Material's "link" icon, drawn in the text colour; hidden from screen readers, which read the link's label.
        private const string Icon =
            "<svg aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 24 24\" width=\"20\" height=\"20\"><path fill=\"currentColor\" " +
            "d=\"M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 " +
            "0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z\"/></svg>";

        protected override void Write(HtmlRenderer renderer, HeadingBlock block)
        {
            var tag = $"h{Math.Clamp(block.Level, 1, 6)}";
            renderer.EnsureLine();
            renderer.Write('<').Write(tag).WriteAttributes(block).Write('>');
            renderer.WriteLeafInline(block);
            var id = block.GetAttributes().Id;
            if (!string.IsNullOrEmpty(id) && PagePathOf(block) is { } path)
            {
                renderer.Write("<a class=\"heading-permalink\" href=\"").WriteEscapeUrl($"{path}#{id}")
                    .Write("\" data-permalink aria-label=\"Copier le lien de cette section\">").Write(Icon).Write("</a>");
            }

            renderer.Write("</").Write(tag).WriteLine(">");
        }

        private static string? PagePathOf(Block block)
        {
            Block? current = block;
            while (current.Parent is not null)
            {
                current = current.Parent;
            }

            return current.GetData(PagePathKey) as string;
        }
    }
}
