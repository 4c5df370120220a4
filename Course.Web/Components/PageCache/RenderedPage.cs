namespace Course.Web.Components.PageCache;

/// <summary>What a render keeps of its response: a 200 HTML page, with its headers but Set-Cookie, and nothing else.</summary>
internal static class RenderedPage
{
    public static bool IsStorable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true;

    /// <summary>
    /// Stores the page under <paramref name="key"/>; null when the response is not a page or is over the byte cap. A
    /// visitor who waits on the render gets quickly compressed copies, replaced apart by the best ones
    /// (<see cref="PageCacheStore.StoreQuickly"/>), unless the page is <paramref name="live"/>: it keeps those.
    /// </summary>
    public static CachedPage? TryStore(
        PageCacheStore store, string key, HttpResponse response, byte[] body, bool visitorWaits, bool live = false) =>
        !IsStorable(response) ? null
        // The headers are kept, Set-Cookie aside: it belongs to the render's client alone.
        : visitorWaits ? store.StoreQuickly(key, body, response.ContentType!, PageCacheHeaders.Capture(response.Headers), recompress: !live)
        : store.Store(key, body, response.ContentType!, PageCacheHeaders.Capture(response.Headers));
}
