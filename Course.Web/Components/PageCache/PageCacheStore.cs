using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.PageCache;

/// <summary>
/// Rendered pages by key. A stale page keeps being served while one request renders its replacement, but never
/// past <see cref="MaxAge"/>: Blazor's component markers in the page stop being accepted after 5 minutes.
/// </summary>
internal sealed class PageCacheStore(IOptions<PageCacheOptions> options, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(4);

    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _refreshing = new(StringComparer.Ordinal);

    public PageCacheLookup Lookup(string key)
    {
        if (!_pages.TryGetValue(key, out var page))
        {
            return new PageCacheLookup(null, ClaimRefresh(key));
        }

        var age = time.GetUtcNow() - page.RenderedAt;
        if (age < options.Value.FreshFor)
        {
            return new PageCacheLookup(page, false);
        }

        // Stale: one request renders a new copy while the others keep the old one, if it is still usable.
        var renders = ClaimRefresh(key);
        return new PageCacheLookup(renders || age >= MaxAge ? null : page, renders);
    }

    public void Store(string key, byte[] body, string contentType) =>
        _pages[key] = new CachedPage(body, contentType, time.GetUtcNow());

    public void ReleaseRefresh(string key) => _refreshing.TryRemove(key, out _);

    private bool ClaimRefresh(string key) => _refreshing.TryAdd(key, 0);
}
