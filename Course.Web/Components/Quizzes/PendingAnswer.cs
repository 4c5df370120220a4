using Course.Content.Quizzes;

namespace Course.Web.Components.Quizzes;

/// <summary>A signed-in student's graded answer not yet committed; its id makes a retry store it at most once.</summary>
internal sealed record PendingAnswer(QuizQuestion Question, QuizResult Result, string SubmissionId);
