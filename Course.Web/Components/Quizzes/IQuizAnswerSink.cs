namespace Course.Web.Components.Quizzes;

/// <summary>
/// Receives every graded answer. The default keeps recent answers in memory and logs them; the progress
/// feature replaces it with a store that persists them.
/// </summary>
internal interface IQuizAnswerSink
{
    /// <summary>Records one graded answer. Failures are logged by the caller and never block the student.</summary>
    ValueTask RecordAsync(QuizAnswerRecorded answer, CancellationToken cancellationToken = default);
}
