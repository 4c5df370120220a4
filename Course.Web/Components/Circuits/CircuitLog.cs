namespace Course.Web.Components.Circuits;

internal static partial class CircuitLog
{
    // Debug: a flood of refusals must not become a flood of log lines.
    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Refused a new Blazor circuit to {Address}: over {PermitLimit} per {Window}")]
    public static partial void CircuitRefused(this ILogger logger, string address, int permitLimit, TimeSpan window);
}
