using Microsoft.Extensions.Primitives;

namespace Course.Web.Components.PageCache;

/// <summary>
/// The bytes of one rendered page, the response headers they were sent with (never Set-Cookie), and the time
/// they were rendered.
/// </summary>
internal sealed record CachedPage(
    byte[] Body,
    string ContentType,
    IReadOnlyList<KeyValuePair<string, StringValues>> Headers,
    DateTimeOffset RenderedAt)
{
    /// <summary>What the entry counts against <see cref="PageCacheOptions.MaxBytes"/>.</summary>
    public long Size => Body.Length + Headers.Sum(h => h.Key.Length + h.Value.ToString().Length);
}
