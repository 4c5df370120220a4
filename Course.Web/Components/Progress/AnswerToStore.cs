using Course.Content.Quizzes;

namespace Course.Web.Components.Progress;

/// <summary>One answer to commit for a signed-in student.</summary>
/// <param name="Question">The question answered.</param>
/// <param name="ChosenOptions">The chosen option ids in option order, comma-separated; empty when not known (merged).</param>
/// <param name="IsCorrect">Whether the answer was correct.</param>
/// <param name="SubmissionId">Identifies the submission: sending it again finds the stored row instead of adding one.</param>
public sealed record AnswerToStore(QuizQuestion Question, string ChosenOptions, bool IsCorrect, string SubmissionId)
{
    /// <summary>An accepted grade from <see cref="QuizGrader"/>.</summary>
    public static AnswerToStore Graded(QuizQuestion question, QuizResult result, string submissionId) =>
        result.QuestionId == question.Id
            ? new(question, string.Join(',', result.SelectedOptionIds), result.IsCorrect, submissionId)
            : throw new ArgumentException($"The result is for {result.QuestionId}, not {question.Id}.", nameof(result));
}
