namespace Course.Web.Components.Quizzes;

/// <summary>What a circuit's <see cref="QuizProgress"/> starts from, read by <see cref="QuizAnswerLoader"/>.</summary>
/// <param name="Answers">The saved state of each answered question still in the course, by question id.</param>
/// <param name="EverCorrect">Questions answered correctly at least once.</param>
/// <param name="BrowserStudentId">The anonymous id the browser saved its answers under; null when it saved none.</param>
/// <param name="MergedIntoAccount">The browser's anonymous answers were just merged into the signed-in student's account.</param>
/// <param name="HasUnreadableSavedAnswers">Saved answers could not be read and were set aside, not lost.</param>
internal sealed record LoadedQuizAnswers(
    IReadOnlyDictionary<string, QuizAnswerState> Answers,
    IReadOnlySet<string> EverCorrect,
    string? BrowserStudentId,
    bool MergedIntoAccount,
    bool HasUnreadableSavedAnswers);
