namespace Course.Web.Components.Quizzes;

/// <summary>Log messages of the quiz feature.</summary>
internal static partial class QuizLog
{
    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Could not read the saved quiz answers from the browser; starting afresh")]
    public static partial void LoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Could not save the quiz answers in the browser")]
    public static partial void SaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "The quiz answers saved in the browser are not in the shape this site writes; they are ignored")]
    public static partial void MalformedAnswersDropped(ILogger logger);
}
