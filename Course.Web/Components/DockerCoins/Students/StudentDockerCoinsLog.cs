namespace Course.Web.Components.DockerCoins.Students;

internal static partial class StudentDockerCoinsLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "A viewer of a student's DockerCoins failed")]
    public static partial void StudentSubscriberFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "A stored DockerCoins push could not be read; it is skipped")]
    public static partial void StoredDockerCoinsUnreadable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Sharing the students' DockerCoins between replicas failed ({Role}); retrying in {Seconds} s")]
    public static partial void DockerCoinsSyncFailed(this ILogger logger, string role, double seconds, Exception exception);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "Listening for other replicas' DockerCoins pushes on {Channel} as instance {InstanceId}")]
    public static partial void DockerCoinsSyncListening(this ILogger logger, string channel, string instanceId);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning, Message = "A DockerCoins push notification could not be read; the next resync covers it")]
    public static partial void DockerCoinsSyncPayloadInvalid(this ILogger logger, Exception exception);
}
