namespace Course.Content.Quizzes;

/// <summary>The grade of an accepted submission.</summary>
/// <param name="QuestionId">The graded question.</param>
/// <param name="SelectedOptionIds">The options the student chose, in option order, without duplicates.</param>
/// <param name="IsCorrect">True when the student chose exactly the correct options.</param>
/// <param name="Verdicts">One verdict per option of the question, in option order.</param>
public sealed record QuizResult(
    string QuestionId,
    IReadOnlyList<string> SelectedOptionIds,
    bool IsCorrect,
    IReadOnlyList<QuizOptionVerdict> Verdicts);
