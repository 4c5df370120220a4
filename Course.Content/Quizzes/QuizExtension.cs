using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Course.Content.Quizzes;

/// <summary>
/// Turns every fenced code block whose info string is <c>quiz</c> into a <see cref="QuizBlock"/> once the
/// document is parsed, and registers <see cref="QuizRenderer"/> so those blocks render to nothing.
/// </summary>
public sealed class QuizExtension : IMarkdownExtension
{
    /// <summary>The info string that marks a fenced block as a quiz.</summary>
    public const string InfoString = "quiz";

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += ReplaceQuizFences;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<QuizRenderer>())
        {
            html.ObjectRenderers.Insert(0, new QuizRenderer());
        }
    }

    private static void ReplaceQuizFences(MarkdownDocument document)
    {
        var fences = document.Descendants<FencedCodeBlock>()
            .Where(f => string.Equals(f.Info?.Trim(), InfoString, StringComparison.Ordinal))
            .ToList();
        foreach (var fence in fences)
        {
            var parent = fence.Parent!;
            var index = parent.IndexOf(fence);
            var quiz = new QuizBlock(fence.Lines.ToString(), fence.Line) { Span = fence.Span };
            parent.RemoveAt(index);
            parent.Insert(index, quiz);
        }
    }
}
