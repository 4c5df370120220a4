namespace Course.Web.Data;

internal static partial class DataLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Course database ready on {Provider} ({Applied} migrations applied at start-up)")]
    public static partial void DatabaseReady(ILogger logger, DatabaseProvider provider, int applied);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning,
        Message = "Reading the data-protection key ring ahead failed; data protection's own start reads it again")]
    public static partial void KeyRingReadAheadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "Checking the roles ahead failed; the role seeder checks them again")]
    public static partial void RolesReadAheadFailed(ILogger logger, Exception exception);
}
