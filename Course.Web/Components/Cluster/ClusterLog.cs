namespace Course.Web.Components.Cluster;

internal static partial class ClusterLog
{
    [LoggerMessage(EventId = 10001, Level = LogLevel.Information, Message = "Cluster view source: {Source}")]
    public static partial void SourceChosen(this ILogger logger, string source);

    [LoggerMessage(EventId = 10002, Level = LogLevel.Warning, Message = "A cluster view subscriber failed")]
    public static partial void SubscriberFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 10003, Level = LogLevel.Warning, Message = "Cluster watch degraded: {Problem}")]
    public static partial void WatchDegraded(this ILogger logger, string problem);

    [LoggerMessage(EventId = 10004, Level = LogLevel.Information, Message = "Cluster watch healthy again")]
    public static partial void WatchRecovered(this ILogger logger);

    [LoggerMessage(EventId = 10005, Level = LogLevel.Warning, Message = "Lab push refused: {Reason}")]
    public static partial void PushRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 10006, Level = LogLevel.Information, Message = "Deployment {Namespace}/{Name} scaled to {Replicas} by an instructor")]
    public static partial void Scaled(this ILogger logger, string @namespace, string name, int replicas);

    [LoggerMessage(EventId = 10007, Level = LogLevel.Warning, Message = "Reported labs sync ({Role}) failed; retrying in {Seconds} s")]
    public static partial void LabSyncFailed(this ILogger logger, string role, double seconds, Exception exception);

    [LoggerMessage(EventId = 10008, Level = LogLevel.Information, Message = "Listening to PostgreSQL channel {Channel} for other replicas' lab reports (instance {InstanceId})")]
    public static partial void LabSyncListening(this ILogger logger, string channel, string instanceId);

    [LoggerMessage(EventId = 10009, Level = LogLevel.Warning, Message = "Ignored a lab report notification that is not valid JSON")]
    public static partial void LabSyncPayloadInvalid(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 10010, Level = LogLevel.Warning, Message = "A stored lab snapshot could not be read; waiting for the reporter's next one")]
    public static partial void StoredLabUnreadable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 10011, Level = LogLevel.Error, Message = "{Count} lab push(es) could not be stored; their reporters are told to send again")]
    public static partial void PushesNotStored(this ILogger logger, int count, Exception exception);
}
