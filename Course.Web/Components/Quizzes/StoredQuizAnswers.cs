namespace Course.Web.Components.Quizzes;

/// <summary>The document saved in the browser's protected local storage.</summary>
/// <param name="StudentId">The anonymous id of this browser.</param>
/// <param name="Answers">The state of each answered question, by question id.</param>
internal sealed record StoredQuizAnswers(string StudentId, Dictionary<string, QuizAnswerState> Answers);
