namespace Course.Web.Components.DockerCoins.Probes;

internal static partial class ServicesLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "No DockerCoins service to probe: no service URL and the embedded miner is off")]
    public static partial void NothingToProbe(this ILogger logger);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Probing DockerCoins {Service} failed unexpectedly")]
    public static partial void ProbeFailed(this ILogger logger, string service, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "DockerCoins {Service} went from {Before} to {After} ({Error})")]
    public static partial void ServiceStatusChanged(this ILogger logger, string service, ServiceStatus before, ServiceStatus after, string? error);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "A DockerCoins services panel subscriber failed")]
    public static partial void ServicesSubscriberFailed(this ILogger logger, Exception exception);
}
