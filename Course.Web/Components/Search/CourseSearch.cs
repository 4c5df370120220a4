namespace Course.Web.Components.Search;

/// <summary>
/// The search as pages and circuits use it: the index is built on a pool thread once the host has started (it is not
/// needed to serve a chapter, and it took about a second of the cold start), and a search that arrives before the
/// build ends waits for it instead of answering from a half-built index.
/// </summary>
internal sealed class CourseSearch(IServiceProvider services)
{
    private readonly Lazy<Task<CourseSearchIndex>> _index =
        new(() => Task.Run(services.GetRequiredService<CourseSearchIndex>), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The index once built; the first call starts the build.</summary>
    public Task<CourseSearchIndex> Index => _index.Value;

    /// <summary>Searches the course, waiting for the index if it is still being built.</summary>
    public async Task<SearchResults> SearchAsync(string text, int maxHits = CourseSearchIndex.DefaultMaxHits) =>
        (await Index).Search(text, maxHits);
}
