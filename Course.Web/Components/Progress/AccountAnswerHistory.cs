using Course.Web.Components.Quizzes;

namespace Course.Web.Components.Progress;

/// <summary>What the database holds of a signed-in student's answers, per question.</summary>
/// <param name="Answers">Per question: the latest selection (null when unknown), attempts, first-try and latest correctness.</param>
/// <param name="EverCorrect">Questions answered correctly at least once.</param>
internal sealed record AccountAnswerHistory(IReadOnlyDictionary<string, QuizAnswerState> Answers, IReadOnlySet<string> EverCorrect);
