using Microsoft.Net.Http.Headers;

namespace Course.Web.Components.PageCache;

/// <summary>
/// Writes a cached page in the encoding the browser prefers (Brotli, then gzip, else as rendered), with a validator
/// per encoding, and answers 304 to a browser that already holds those bytes.
/// </summary>
internal static class PageCacheResponse
{
    // The page differs by encoding and by the theme: its cookie, else the system preference hint. "no-cache": the
    // browser keeps it but asks each time, so a repeat visit costs a 304 while a re-rendered page (new component
    // markers) is never shown stale.
    public const string VaryHeader = "Accept-Encoding, Cookie, " + Layout.ColorSchemeHint.HeaderName;
    public const string CacheControl = "no-cache";

    public static async Task WriteAsync(HttpContext context, CachedPage page)
    {
        var (encoding, bytes, etag) = Choose(context.Request, page);
        var response = context.Response;
        response.ContentType = page.ContentType;
        response.Headers.Vary = VaryHeader;
        response.Headers.CacheControl = CacheControl;
        response.Headers.ETag = etag;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        // Served ahead of the other middleware (PageCacheRegistration), so it asks for the hint itself.
        Layout.ColorSchemeHint.Advertise(response);

        if (Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static (string? Encoding, byte[] Bytes, string ETag) Choose(HttpRequest request, CachedPage page) =>
        PageEncodingChoice.For(request.Headers.AcceptEncoding) switch
        {
            "br" => ("br", page.Brotli, page.BrotliETag),
            "gzip" => ("gzip", page.Gzip, page.GzipETag),
            _ => (null, page.Body, page.BodyETag),
        };

    private static bool Matches(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
