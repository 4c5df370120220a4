namespace Course.Web.Components.PageCache;

/// <summary>What the cache has for a request: a page to serve, and whether this request must render a new one.</summary>
/// <param name="Page">The page to serve, or null to render it.</param>
/// <param name="RendersReplacement">True when this request owns the re-render and must store its result.</param>
internal readonly record struct PageCacheLookup(CachedPage? Page, bool RendersReplacement);
