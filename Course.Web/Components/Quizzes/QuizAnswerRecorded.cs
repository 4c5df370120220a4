namespace Course.Web.Components.Quizzes;

/// <summary>One graded answer, published to <see cref="IQuizAnswerSink"/> each time a student checks a question.</summary>
/// <param name="StudentId">Who answered: an anonymous id ("anon:...") until accounts exist.</param>
/// <param name="IsAnonymous">True when <paramref name="StudentId"/> is an anonymous browser id, not an account.</param>
/// <param name="QuestionId">The course-wide question id.</param>
/// <param name="ChapterSlug">The chapter the question belongs to.</param>
/// <param name="ChosenOptionIds">The options the student chose ("a", "b"...), in option order.</param>
/// <param name="IsCorrect">Whether the answer was correct.</param>
/// <param name="Attempt">1 for the first graded answer to this question, then 2, 3...</param>
/// <param name="AnsweredAt">When the answer was graded.</param>
internal sealed record QuizAnswerRecorded(
    string StudentId,
    bool IsAnonymous,
    string QuestionId,
    string ChapterSlug,
    IReadOnlyList<string> ChosenOptionIds,
    bool IsCorrect,
    int Attempt,
    DateTimeOffset AnsweredAt);
