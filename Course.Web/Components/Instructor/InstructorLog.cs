namespace Course.Web.Components.Instructor;

internal static partial class InstructorLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Cohort {CohortId} created by {OwnerId}")]
    public static partial void CohortCreated(ILogger logger, int cohortId, string ownerId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Cohort {CohortId} changed by its owner {OwnerId}")]
    public static partial void CohortChanged(ILogger logger, int cohortId, string ownerId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "User {UserId} joined cohort {CohortId}")]
    public static partial void StudentJoined(ILogger logger, int cohortId, string userId);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Error, Message = "The dashboard of cohort {CohortId} could not be recomputed")]
    public static partial void DashboardFailed(ILogger logger, int cohortId, Exception exception);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Error, Message = "A dashboard subscriber failed")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Debug, Message = "Recomputed {Count} cohort dashboards after {Events} learning events")]
    public static partial void BatchRecomputed(ILogger logger, int count, int events);
}
