namespace Course.Web.Components.PageCache;

/// <summary>The bytes of one rendered page, with the time they were rendered.</summary>
internal sealed record CachedPage(byte[] Body, string ContentType, DateTimeOffset RenderedAt);
