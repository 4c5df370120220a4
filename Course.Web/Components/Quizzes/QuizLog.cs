namespace Course.Web.Components.Quizzes;

/// <summary>Log messages of the quiz feature.</summary>
internal static partial class QuizLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Quiz answer recorded: student {StudentId}, question {QuestionId}, options [{Options}], correct {IsCorrect}, attempt {Attempt}")]
    public static partial void AnswerRecorded(
        ILogger logger, string studentId, string questionId, string options, bool isCorrect, int attempt);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Could not read the saved quiz answers from the browser; starting afresh")]
    public static partial void LoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Could not save the quiz answers in the browser")]
    public static partial void SaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "The quiz answer sink failed for question {QuestionId}")]
    public static partial void SinkFailed(ILogger logger, string questionId, Exception exception);
}
