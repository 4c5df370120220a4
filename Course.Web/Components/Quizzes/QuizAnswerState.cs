namespace Course.Web.Components.Quizzes;

/// <summary>What the browser remembers of one question, so answers survive reloads and navigation.</summary>
/// <param name="Selected">The options of the last checked answer, shown graded again on reload; null after "Réessayer".</param>
/// <param name="Attempts">How many answers were graded.</param>
/// <param name="FirstTryCorrect">Whether the first graded answer was correct.</param>
/// <param name="LastCorrect">Whether the most recent graded answer was correct.</param>
internal sealed record QuizAnswerState(IReadOnlyList<string>? Selected, int Attempts, bool FirstTryCorrect, bool LastCorrect);
