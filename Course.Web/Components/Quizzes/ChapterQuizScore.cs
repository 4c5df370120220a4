using Course.Content.Quizzes;

namespace Course.Web.Components.Quizzes;

/// <summary>A student's standing on the questions of one chapter.</summary>
/// <param name="Total">Questions in the chapter.</param>
/// <param name="Answered">Questions answered at least once.</param>
/// <param name="Correct">Questions whose most recent answer is correct.</param>
/// <param name="FirstTryCorrect">Questions answered correctly on the first try.</param>
/// <param name="ToReview">Answered questions whose most recent answer is wrong, in chapter order.</param>
/// <param name="EverCorrect">Questions answered correctly at least once (the best score).</param>
internal sealed record ChapterQuizScore(
    int Total, int Answered, int Correct, int FirstTryCorrect, IReadOnlyList<QuizQuestion> ToReview, int EverCorrect);
