using Course.Content.Markdown.CodeBlocks;
using Course.Content.Markdown.EditionNotes;
using Course.Content.Markdown.HeadingIds;
using Course.Content.Markdown.Links;
using Course.Content.Markdown.Typography;
using Course.Content.Quizzes;
using Markdig;
using Markdig.Extensions.AutoLinks;

namespace Course.Content.Markdown;

/// <summary>The Markdown dialect of the course: CommonMark, common extensions, and no raw HTML.</summary>
public static class CourseMarkdown
{
    /// <summary>Builds the pipeline used for every chapter. Raw HTML is rendered as text, never passed through.</summary>
    public static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks(new AutoLinkOptions { OpenInNewWindow = false })
            .UseTaskLists()
            .UseQuizzes()
            .UseEditionNotes()
            .DisableHtml();
        builder.Extensions.AddIfNotAlready<HeadingIdExtension>();
        builder.Extensions.AddIfNotAlready<HeadingPermalinkExtension>();
        builder.Extensions.AddIfNotAlready<CopyableCodeBlockExtension>();
        builder.Extensions.AddIfNotAlready<SafeLinkExtension>();
        // After HeadingIdExtension: its ids are computed from the text as written.
        builder.Extensions.AddIfNotAlready<FrenchSpacingExtension>();
        return builder.Build();
    }

    private static readonly MarkdownPipeline InlinePipeline = CreatePipeline();

    /// <summary>Renders one line of Markdown (code spans, emphasis, links) without the wrapping paragraph.</summary>
    public static string RenderInline(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, InlinePipeline).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            ? html[3..^4]
            : html;
    }
}
