namespace Course.Web.Components.PageCache;

/// <summary>What the cache has for a request: a page to serve, and whether this request must have a new one rendered.</summary>
/// <param name="Page">The page to serve (fresh, or stale but younger than <see cref="PageCacheStore.MaxAge"/>), or null to render it.</param>
/// <param name="RendersReplacement">
/// True when this request owns the re-render of the key and must release it: in the foreground when
/// <paramref name="Page"/> is null, in the background when it serves a stale page.
/// </param>
internal readonly record struct PageCacheLookup(CachedPage? Page, bool RendersReplacement);
