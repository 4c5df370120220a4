using Markdig;
using Markdig.Extensions.Alerts;

namespace Course.Content.Markdown.EditionNotes;

/// <summary>Adds the course's editorial notes to a Markdig pipeline.</summary>
public static class EditionNotePipelineExtensions
{
    /// <summary>Renders <c>&gt; [!NOTE]</c> blocks as "Note de cette édition" callouts.</summary>
    public static MarkdownPipelineBuilder UseEditionNotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<AlertExtension>();
        pipeline.Extensions.AddIfNotAlready<EditionNoteExtension>();
        return pipeline;
    }
}
