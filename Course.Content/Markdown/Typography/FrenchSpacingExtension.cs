using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Content.Markdown.Typography;

/// <summary>
/// Applies <see cref="FrenchSpacing"/> to the text of a document once it is parsed. Only literal text is touched:
/// code spans and code blocks are other node types, URLs and attributes are not literals, and auto-links are skipped.
/// It runs after heading ids are assigned, so section ids never change.
/// </summary>
public sealed class FrenchSpacingExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Apply;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Apply(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (literal.Parent is LinkInline { IsAutoLink: true } || literal.Content.IsEmpty)
            {
                continue;
            }

            var text = FrenchSpacing.Apply(literal.Content.ToString());
            // "Bonjour " and "!" can be two literals side by side: the space at the end of the first goes too.
            if (text.EndsWith(' ') && literal.NextSibling is LiteralInline { Content.IsEmpty: false } next
                && FrenchSpacing.TakesSpaceBefore(next.Content.CurrentChar))
            {
                text = text[..^1] + FrenchSpacing.NarrowNoBreakSpace;
            }

            if (!literal.Content.Match(text))
            {
                literal.Content = new Markdig.Helpers.StringSlice(text);
            }
        }
    }
}
