using System.Collections.Concurrent;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// The default <see cref="IQuizAnswerSink"/> until the progress feature persists answers: logs each answer
/// and keeps the most recent ones in memory (lost on restart).
/// </summary>
internal sealed class LoggingQuizAnswerSink(ILogger<LoggingQuizAnswerSink> logger) : IQuizAnswerSink
{
    private const int Capacity = 1000;

    private readonly ConcurrentQueue<QuizAnswerRecorded> _recent = new();

    /// <summary>The most recent answers, oldest first.</summary>
    public IReadOnlyCollection<QuizAnswerRecorded> Recent => _recent.ToArray();

    public ValueTask RecordAsync(QuizAnswerRecorded answer, CancellationToken cancellationToken = default)
    {
        _recent.Enqueue(answer);
        while (_recent.Count > Capacity && _recent.TryDequeue(out _))
        {
        }

        QuizLog.AnswerRecorded(
            logger, answer.StudentId, answer.QuestionId, string.Join(",", answer.ChosenOptionIds), answer.IsCorrect, answer.Attempt);
        return ValueTask.CompletedTask;
    }
}
