namespace Course.Web.Components.Quizzes;

/// <summary>The document saved in the browser's protected local storage.</summary>
/// <param name="StudentId">The anonymous id of this browser.</param>
/// <param name="Answers">The state of each answered question, by question id.</param>
internal sealed record StoredQuizAnswers(string StudentId, Dictionary<string, QuizAnswerState> Answers)
{
    private const int MaxStudentIdLength = 64;
    private const int MaxQuestions = 1000;
    private const int MaxQuestionIdLength = 100;
    private const int MaxAttempts = 100_000;
    private const int MaxOptions = 10;
    private const int MaxOptionIdLength = 16;

    /// <summary>
    /// Whether the document has the shape this site writes. JSON deserialisation fills absent or null members with
    /// null whatever the nullability says, and the document is merged into accounts and stored as database rows: a
    /// value from an older release, a bug or a leaked key must be dropped whole, never half-trusted.
    /// </summary>
    public bool IsWellFormed() =>
        StudentId is { Length: > 5 and <= MaxStudentIdLength }
        && StudentId.StartsWith("anon:", StringComparison.Ordinal)
        && StudentId.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '-')
        && Answers is { Count: <= MaxQuestions }
        && Answers.All(a => a.Key.Length is > 0 and <= MaxQuestionIdLength && IsWellFormed(a.Value));

    private static bool IsWellFormed(QuizAnswerState? state) =>
        state is { Attempts: > 0 and <= MaxAttempts }
        && (state.Selected is null
            || (state.Selected.Count <= MaxOptions && state.Selected.All(id => id is { Length: > 0 and <= MaxOptionIdLength })));
}
