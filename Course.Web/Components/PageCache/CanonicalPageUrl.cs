namespace Course.Web.Components.PageCache;

/// <summary>
/// One address per course page: the outline is <c>/</c>, a chapter is <c>/chapitres/{slug}</c> with a lower-case
/// slug, no trailing slash and no query string. The router matches case-insensitively, so without this every
/// casing would be a distinct page to render and to cache.
/// </summary>
internal static class CanonicalPageUrl
{
    private const string ChaptersSegment = "/chapitres";

    /// <summary>
    /// The canonical path of a course page, or null when <paramref name="path"/> is not one
    /// (e.g. <c>/CHAPITRES/Introduction/</c> gives <c>/chapitres/introduction</c>).
    /// </summary>
    public static string? Canonical(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value == "/")
        {
            return "/";
        }

        if (!path.StartsWithSegments(ChaptersSegment, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return null;
        }

        var slug = rest.Value?.Trim('/') ?? "";
        if (slug.Length == 0 || slug.Contains('/'))
        {
            return null;
        }

        return $"{ChaptersSegment}/{slug.ToLowerInvariant()}";
    }

    /// <summary>
    /// True when <paramref name="path"/> is a course page at its canonical address, i.e. when
    /// <see cref="Canonical"/> would return it unchanged. Allocates nothing: every page-cache hit asks it.
    /// </summary>
    public static bool IsCanonical(PathString path)
    {
        var value = path.Value;
        if (value == "/")
        {
            return true;
        }

        if (value is null || !value.StartsWith(ChaptersSegment + "/", StringComparison.Ordinal))
        {
            return false;
        }

        var slug = value.AsSpan(ChaptersSegment.Length + 1);
        if (slug.IsEmpty)
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (c == '/' || char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where to send a request for a course page that is not at its canonical address; null when it already is,
    /// or when it is not a course page.
    /// </summary>
    public static string? RedirectTarget(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return null;
        }

        // Already canonical (IsCanonical agrees with Canonical, a test holds them together): nothing to redirect.
        if (!request.QueryString.HasValue && IsCanonical(request.Path))
        {
            return null;
        }

        return Canonical(request.Path) is { } canonical
            ? request.PathBase.Add(new PathString(canonical)).ToUriComponent()
            : null;
    }
}
