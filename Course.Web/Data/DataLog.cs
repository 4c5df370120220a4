namespace Course.Web.Data;

internal static partial class DataLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Course database ready on {Provider} ({Applied} migrations applied at start-up)")]
    public static partial void DatabaseReady(ILogger logger, DatabaseProvider provider, int applied);
}
