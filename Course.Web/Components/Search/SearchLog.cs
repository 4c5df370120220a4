namespace Course.Web.Components.Search;

/// <summary>Log messages of the search feature.</summary>
internal static partial class SearchLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Search index built: {Documents} documents, {Synonyms} synonym groups, in {Milliseconds} ms")]
    public static partial void IndexBuilt(ILogger logger, int documents, int synonyms, long milliseconds);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Search index build failed; searches will fail")]
    public static partial void IndexFailed(ILogger logger, Exception? exception);
}
