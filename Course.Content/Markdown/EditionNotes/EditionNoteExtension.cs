using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;

namespace Course.Content.Markdown.EditionNotes;

/// <summary>
/// Parses GitHub-style alert blocks (<c>&gt; [!NOTE]</c>) with Markdig's alert parser and renders them as the
/// course's "Note de cette édition" callout (<see cref="EditionNoteRenderer"/>) instead of Markdig's generic
/// <c>div.markdown-alert</c>.
/// </summary>
public sealed class EditionNoteExtension : IMarkdownExtension
{
    /// <summary>The only alert kind the course uses: every other kind is refused by the chapter loader.</summary>
    public const string Kind = "NOTE";

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Parsing is Markdig's AlertExtension, added before this one by UseEditionNotes (extensions cannot be added
        // while the pipeline is being built).
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        // Markdig's own renderer was registered by AlertExtension, which runs first: ours replaces it.
        html.ObjectRenderers.RemoveAll(r => r is AlertBlockRenderer);
        if (!html.ObjectRenderers.Contains<EditionNoteRenderer>())
        {
            html.ObjectRenderers.Insert(0, new EditionNoteRenderer());
        }
    }
}
