using Microsoft.Extensions.Primitives;

namespace Course.Web.Components.PageCache;

/// <summary>
/// One rendered page: its bytes as rendered and compressed with Brotli and gzip, the entity tag of the rendered bytes,
/// the response headers they were sent with (never Set-Cookie), and the time they were rendered. The compressed copies
/// may first be the quick ones a waiting visitor got; the store replaces them with the strongest settings' copies apart
/// (<see cref="PageCacheStore.StoreQuickly"/>).
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

    // Weak, as nginx makes the validators of what it compresses: the compressed bytes of one render change once (quick,
    // then best), so a strong tag would promise bytes it no longer matches. Both copies decode to the same page, which
    // is what a weak tag promises; If-None-Match compares weakly, so a browser holding either copy gets its 304.
    public string BrotliETag { get; } = $"W/\"{ETag}-br\"";

    public string GzipETag { get; } = $"W/\"{ETag}-gzip\"";

    /// <summary>What the entry counts against <see cref="PageCacheOptions.MaxBytes"/>: every variant and the headers.</summary>
    public long Size => Body.Length + Brotli.Length + Gzip.Length + Headers.Sum(h => h.Key.Length + h.Value.ToString().Length);
}
