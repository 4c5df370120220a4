namespace Course.Web.Components.DockerCoins;

internal static partial class DockerCoinsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "DockerCoins Redis is unreachable; the dashboard shows a gap until it returns")]
    public static partial void RedisUnreachable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "DockerCoins Redis is reachable again")]
    public static partial void RedisRecovered(this ILogger logger);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "DockerCoins is not configured: no Redis connection string and the embedded miner is off")]
    public static partial void NotConfigured(this ILogger logger);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Embedded DockerCoins miner now runs {Workers} workers writing to the {Store} store")]
    public static partial void WorkersChanged(this ILogger logger, int workers, CoinStoreKind store);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Embedded DockerCoins worker failed; it starts again in 10 s")]
    public static partial void WorkerFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "DockerCoins key {Key} holds invalid data; the dashboard shows a gap until it is valid again")]
    public static partial void InvalidData(this ILogger logger, string key, Exception exception);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "DockerCoins keys hold valid data again")]
    public static partial void DataValidAgain(this ILogger logger);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "A DockerCoins dashboard subscriber failed")]
    public static partial void SubscriberFailed(this ILogger logger, Exception exception);
}
