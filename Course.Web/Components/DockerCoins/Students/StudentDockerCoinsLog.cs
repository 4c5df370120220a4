namespace Course.Web.Components.DockerCoins.Students;

internal static partial class StudentDockerCoinsLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "A viewer of a student's DockerCoins failed")]
    public static partial void StudentSubscriberFailed(this ILogger logger, Exception exception);
}
