using Microsoft.Net.Http.Headers;

namespace Course.Web.Components.PageCache;

/// <summary>
/// Writes a cached page in the encoding the browser prefers (Brotli, then gzip, else as rendered), with a validator
/// per encoding, and answers 304 to a browser that already holds those bytes.
/// </summary>
internal static class PageCacheResponse
{
    // The page differs by encoding and by the theme cookie (ColorSchemeHintMiddleware adds the hint's name). "no-cache": the browser keeps it but asks each time,
    // so a repeat visit costs a 304 while a re-rendered page (new component markers) is never shown stale.
    public const string VaryHeader = "Accept-Encoding, Cookie";
    public const string CacheControl = "no-cache";

    public static async Task WriteAsync(HttpContext context, CachedPage page)
    {
        var (encoding, bytes) = Choose(context.Request, page);
        var etag = encoding is null ? $"\"{page.ETag}\"" : $"\"{page.ETag}-{encoding}\"";
        var response = context.Response;
        response.ContentType = page.ContentType;
        response.Headers.Vary = VaryHeader;
        response.Headers.CacheControl = CacheControl;
        response.Headers.ETag = etag;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        if (Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static (string? Encoding, byte[] Bytes) Choose(HttpRequest request, CachedPage page)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            return (null, page.Body);
        }

        // An exact coding wins over "*"; no q means q=1; q=0 refuses the coding.
        double Of(string coding)
        {
            var match = accepted.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
                ?? accepted.FirstOrDefault(a => a.Value.Equals("*", StringComparison.Ordinal));
            return match is null ? 0 : match.Quality ?? 1;
        }

        var brotli = Of("br");
        var gzip = Of("gzip");
        if (brotli > 0 && brotli >= gzip)
        {
            return ("br", page.Brotli);
        }

        return gzip > 0 ? ("gzip", page.Gzip) : (null, page.Body);
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
