using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Course.Content.Markdown.CodeBlocks;

/// <summary>Replaces Markdig's code block renderer with <see cref="CopyableCodeBlockRenderer"/>.</summary>
public sealed class CopyableCodeBlockExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new CopyableCodeBlockRenderer());
        }
    }
}
