namespace Course.Web.Components.PageCache;

internal static partial class PageCacheLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning,
        Message = "The background render of {Page} failed; its stale copy is served until it is {MaxAge} old")]
    public static partial void BackgroundRenderFailed(this ILogger logger, string page, TimeSpan maxAge, Exception exception);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning,
        Message = "The background render of {Page} answered {StatusCode} {ContentType} and was not stored (not a page, or over PageCache:MaxBytes); its stale copy is served until it is {MaxAge} old")]
    public static partial void BackgroundRenderNotStored(this ILogger logger, string page, int statusCode, string? contentType, TimeSpan maxAge);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Debug, Message = "The background render of {Page} was cancelled: the site is stopping")]
    public static partial void BackgroundRenderCancelled(this ILogger logger, string page);
}
