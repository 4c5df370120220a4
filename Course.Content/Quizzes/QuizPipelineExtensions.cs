using Markdig;

namespace Course.Content.Quizzes;

/// <summary>Adds the course's quiz blocks to a Markdig pipeline.</summary>
public static class QuizPipelineExtensions
{
    /// <summary>Parses <c>```quiz</c> fenced blocks into <see cref="QuizBlock"/>s that render to nothing.</summary>
    public static MarkdownPipelineBuilder UseQuizzes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<QuizExtension>();
        return pipeline;
    }
}
