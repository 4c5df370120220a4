using Microsoft.Extensions.Primitives;

namespace Course.Web.Components.PageCache;

/// <summary>
/// One rendered page: its bytes as rendered and compressed once with Brotli and gzip, the entity tag of those bytes,
/// the response headers they were sent with (never Set-Cookie), and the time they were rendered.
/// </summary>
internal sealed record CachedPage(
    byte[] Body,
    byte[] Brotli,
    byte[] Gzip,
    string ETag,
    string ContentType,
    IReadOnlyList<KeyValuePair<string, StringValues>> Headers,
    DateTimeOffset RenderedAt)
{
    /// <summary>The quoted validator of each variant: the tag of the rendered bytes, with the encoding appended.</summary>
    public string BodyETag { get; } = $"\"{ETag}\"";

    public string BrotliETag { get; } = $"\"{ETag}-br\"";

    public string GzipETag { get; } = $"\"{ETag}-gzip\"";

    /// <summary>What the entry counts against <see cref="PageCacheOptions.MaxBytes"/>: every variant and the headers.</summary>
    public long Size => Body.Length + Brotli.Length + Gzip.Length + Headers.Sum(h => h.Key.Length + h.Value.ToString().Length);
}
