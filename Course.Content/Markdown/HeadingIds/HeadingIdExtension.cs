using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Content.Markdown.HeadingIds;

/// <summary>Gives every heading an id from <see cref="HeadingSlugger"/>, unique within the document.</summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AssignIds;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AssignIds(MarkdownDocument document)
    {
        var slugger = new HeadingSlugger();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.GetAttributes().Id = slugger.Next(InlineText.Of(heading.Inline));
        }
    }
}
