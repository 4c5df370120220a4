namespace Course.Content.Quizzes;

/// <summary>
/// What a student may see of a question before answering it: no correct options, no explanation, no hint.
/// Render this, never <see cref="QuizQuestion"/>, until the student has checked an answer.
/// </summary>
/// <param name="Id">The question id, unique in the whole course.</param>
/// <param name="Kind">How the question is answered.</param>
/// <param name="PromptHtml">The question text rendered as inline HTML.</param>
/// <param name="Options">The proposed answers in the author's order.</param>
/// <param name="ChapterSlug">The slug of the chapter the question belongs to.</param>
public sealed record QuizQuestionView(
    string Id,
    QuizKind Kind,
    string PromptHtml,
    IReadOnlyList<QuizOption> Options,
    string ChapterSlug)
{
    /// <summary>True when the student picks one option (radio buttons), false for checkboxes.</summary>
    public bool IsSingleAnswer => Kind is not QuizKind.MultipleChoice;
}
