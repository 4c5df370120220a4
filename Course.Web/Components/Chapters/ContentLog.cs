namespace Course.Web.Components.Chapters;

internal static partial class ContentLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Course content loaded: {ChapterCount} chapters")]
    public static partial void CourseLoaded(ILogger logger, int chapterCount);
}
