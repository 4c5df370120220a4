namespace Course.Web.Components.Account;

internal static partial class AccountLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Account {UserId} created with role {Role}")]
    public static partial void AccountCreated(ILogger logger, string userId, string role);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Account {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Account {UserId} locked out after repeated sign-in failures")]
    public static partial void LockedOut(ILogger logger, string userId);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Account {UserId} signed out")]
    public static partial void SignedOut(ILogger logger, string userId);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Account {UserId} deleted by its owner, with its answers, progress and memberships")]
    public static partial void AccountDeleted(ILogger logger, string userId);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Instructor {InstructorId} created a password-reset link for student {StudentId}")]
    public static partial void ResetLinkCreated(ILogger logger, string instructorId, string studentId);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "Password-reset link refused to {InstructorId} for {StudentId}: {Reason}")]
    public static partial void ResetLinkRefused(ILogger logger, string? instructorId, string studentId, string reason);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Information, Message = "Password of {UserId} reset through an instructor's link")]
    public static partial void PasswordReset(ILogger logger, string userId);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Information, Message = "Account {UserId} promoted to instructor by {PromotedBy}")]
    public static partial void PromotedToInstructor(ILogger logger, string userId, string promotedBy);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Personal data of {UserId} exported")]
    public static partial void PersonalDataExported(ILogger logger, string userId);
}
