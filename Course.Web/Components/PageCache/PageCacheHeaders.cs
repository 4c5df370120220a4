using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Course.Web.Components.PageCache;

/// <summary>Which response headers of a rendered page are kept with its bytes and sent again with every hit.</summary>
internal static class PageCacheHeaders
{
    // Set-Cookie belongs to the visitor whose request rendered the page; the others are set per response.
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.SetCookie,
        HeaderNames.ContentLength,
        HeaderNames.ContentType,
        HeaderNames.Date,
        HeaderNames.Server,
        HeaderNames.TransferEncoding,
        HeaderNames.ContentEncoding,
        HeaderNames.ETag,
        PageCacheMiddleware.StatusHeader,
    };

    public static KeyValuePair<string, StringValues>[] Capture(IHeaderDictionary headers) =>
        [.. headers.Where(h => !NotReplayed.Contains(h.Key))];

    public static void Replay(IReadOnlyList<KeyValuePair<string, StringValues>> stored, IHeaderDictionary headers)
    {
        foreach (var (name, value) in stored)
        {
            headers[name] = value;
        }
    }
}
