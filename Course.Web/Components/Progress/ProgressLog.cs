namespace Course.Web.Components.Progress;

internal static partial class ProgressLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "A subscriber to {Kind} learning events failed")]
    public static partial void SubscriberFailed(ILogger logger, LearningEventKind kind, Exception exception);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Merged the browser's anonymous answers to {Questions} questions into account {UserId}")]
    public static partial void AnonymousAnswersMerged(ILogger logger, string userId, int questions);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Could not save the answer of account {UserId} to question {QuestionId}")]
    public static partial void AnswerNotSaved(ILogger logger, string userId, string questionId, Exception exception);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "Could not load the saved answers of account {UserId}")]
    public static partial void AnswersNotLoaded(ILogger logger, string userId, Exception exception);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Error, Message = "Could not merge the browser's anonymous answers into account {UserId}")]
    public static partial void MergeFailed(ILogger logger, string userId, Exception exception);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Error, Message = "Could not record chapter progress of account {UserId} in {ChapterSlug}")]
    public static partial void ChapterProgressFailed(ILogger logger, string userId, string chapterSlug, Exception exception);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning, Message = "The learning event relay ({Role}) failed; retrying in {Seconds} s")]
    public static partial void RelayFailed(ILogger logger, string role, double seconds, Exception exception);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Information, Message = "Listening to PostgreSQL channel {Channel} for other replicas' learning events (instance {InstanceId})")]
    public static partial void RelayListening(ILogger logger, string channel, string instanceId);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Warning, Message = "Ignored a learning event notification that is not valid JSON")]
    public static partial void RelayPayloadInvalid(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "Stopping: {Count} learning events could not be sent to the other replicas")]
    public static partial void RelayFlushFailed(ILogger logger, int count, Exception exception);
}
