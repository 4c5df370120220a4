namespace Course.Web.Components.Progress;

internal static partial class ProgressLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "A subscriber to {Kind} learning events failed")]
    public static partial void SubscriberFailed(ILogger logger, LearningEventKind kind, Exception exception);
}
