namespace Course.Web.Components.PageCache;

/// <summary>
/// How a cached page ages. Younger than <paramref name="FreshFor"/> it is served as it is; then, while younger than
/// <paramref name="ServedFor"/>, it is still served to whoever finds it while its replacement renders apart; past that,
/// the visitor who finds it waits for a new render.
/// </summary>
/// <param name="Live">
/// A live page (<c>/dockercoins</c>): never served stale, since its figures would be, and replaced so often that its
/// quick compression is kept rather than redone at the strongest settings.
/// </param>
internal readonly record struct PageFreshness(TimeSpan FreshFor, TimeSpan ServedFor, bool Live)
{
    /// <summary>The outline and the chapters: fresh for <see cref="PageCacheOptions.FreshFor"/>, served stale until <see cref="PageCacheStore.MaxAge"/>.</summary>
    public static PageFreshness CoursePage(PageCacheOptions options) => new(options.FreshFor, PageCacheStore.MaxAge, Live: false);

    /// <summary>A page whose figures change every second: fresh for <see cref="PageCacheOptions.LiveFreshFor"/>, never older.</summary>
    public static PageFreshness LivePage(PageCacheOptions options) => new(options.LiveFreshFor, options.LiveFreshFor, Live: true);
}
