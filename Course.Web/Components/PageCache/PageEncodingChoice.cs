using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Course.Web.Components.PageCache;

/// <summary>
/// Which stored variant of a cached page an <c>Accept-Encoding</c> value asks for: Brotli, then gzip, else the page as
/// rendered. Browsers send one of very few values (<c>gzip, deflate, br, zstd</c>), so the last answer is kept and
/// reused when the next request sends the same text: no parsing on the hot path of a cache hit.
/// </summary>
internal static class PageEncodingChoice
{
    private static Remembered? _last;

    /// <summary>"br", "gzip", or null for the page as rendered.</summary>
    public static string? For(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count != 1)
        {
            return acceptEncoding.Count == 0 ? null : Parse(acceptEncoding);
        }

        var value = acceptEncoding.ToString();
        var last = Volatile.Read(ref _last);
        if (last is not null && string.Equals(last.Header, value, StringComparison.Ordinal))
        {
            return last.Encoding;
        }

        var encoding = Parse(acceptEncoding);
        Volatile.Write(ref _last, new Remembered(value, encoding));
        return encoding;
    }

    private static string? Parse(StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted))
        {
            return null;
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
            return "br";
        }

        return gzip > 0 ? "gzip" : null;
    }

    private sealed record Remembered(string Header, string? Encoding);
}
