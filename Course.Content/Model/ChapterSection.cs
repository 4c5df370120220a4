using Course.Content.Quizzes;

namespace Course.Content.Model;

/// <summary>
/// A heading and the blocks that follow it up to the next heading. The lead section before the first
/// heading has <see cref="Level"/> 0 and an empty <see cref="Id"/>.
/// </summary>
/// <param name="Id">The heading's id attribute, a lowercase ASCII slug unique in the chapter.</param>
/// <param name="Heading">The heading's plain text.</param>
/// <param name="Level">The heading level (2 for h2...), 0 for the lead section.</param>
/// <param name="Html">The rendered HTML of the heading and its blocks; quiz blocks render nothing.</param>
public sealed record ChapterSection(string Id, string Heading, int Level, string Html)
{
    /// <summary>The quiz questions written after this section's blocks, in document order.</summary>
    public IReadOnlyList<QuizQuestion> Questions { get; init; } = [];
}
