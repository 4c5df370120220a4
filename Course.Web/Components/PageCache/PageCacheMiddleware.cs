using Microsoft.Extensions.Options;

namespace Course.Web.Components.PageCache;

/// <summary>
/// Serves GETs of course pages from rendered bytes: Markdown and components are rendered once a minute, not per
/// request. A stale page is served at once to every visitor while <see cref="StalePageRefresher"/> renders its
/// replacement apart; only a missing page, or one older than <see cref="PageCacheStore.MaxAge"/>, makes a visitor wait
/// for a render. Pages vary by the theme (<see cref="Layout.ThemeCookie"/>: the reader's cookie, else the system
/// preference hint) and by whether the reader carries a sign-in cookie (<see cref="PageVariant"/>). Every render it
/// shares runs as an anonymous visitor: the sign-in cookie is hidden from it, so whoever triggers it, no reader's data
/// can reach the bytes (issue 16, signed-in readers).
/// The signed-in readers' copy shows a placeholder where the account menu goes, which the circuit fills per reader.
/// Only canonical addresses reach it (<see cref="CanonicalPageUrlMiddleware"/> runs first), and only 200 HTML pages
/// are stored. <c>/dockercoins</c>, whose figures change every second, is held for anonymous visitors for
/// <see cref="PageCacheOptions.LiveFreshFor"/> and never served older (<see cref="PageFreshness.LivePage"/>).
/// </summary>
internal sealed class PageCacheMiddleware(
    RequestDelegate next, PageCacheStore store, StalePageRefresher refresher, IOptions<PageCacheOptions> options)
{
    public const string StatusHeader = "X-Page-Cache";

    /// <summary>The one live page the cache holds, for anonymous visitors only (<see cref="PageFreshness.LivePage"/>).</summary>
    public const string LivePagePath = "/dockercoins";

    public async Task InvokeAsync(HttpContext context)
    {
        if (FreshnessOf(context.Request) is not { } freshness)
        {
            await next(context);
            return;
        }

        // Whether this request stores its render or not, another visitor may get the same bytes.
        var variant = PageVariant.Of(context);
        SharedPageRender.Mark(context, variant.ForSignedInReaders);
        var key = variant.Key(context.Request.Path);
        var lookup = store.Lookup(key, freshness);
        if (lookup.Page is { } page)
        {
            try
            {
                await ServeAsync(context, page);
            }
            finally
            {
                if (lookup.RendersReplacement)
                {
                    // Stale: this visitor has its answer; the replacement is rendered apart, and releases the claim.
                    refresher.Start(key, BackgroundPageRequest.From(context, variant), next);
                }
            }

            return;
        }

        if (!lookup.RendersReplacement)
        {
            await AnonymousRender.RunAsync(context, next);
            return;
        }

        try
        {
            await RenderAndStoreAsync(context, key, freshness.Live);
        }
        finally
        {
            store.ReleaseRefresh(key);
        }
    }

    // The course pages, for every reader; the live DockerCoins page for anonymous visitors only, since a signed-in
    // student's copy shows their own cluster's figures and an instructor's the miner's controls enabled.
    private PageFreshness? FreshnessOf(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method)
            || request.QueryString.HasValue
            // A bearer of an Authorization header is an API client, not a reader: it keeps its own render.
            || request.Headers.ContainsKey("Authorization"))
        {
            return null;
        }

        if (CanonicalPageUrl.IsCanonical(request.Path))
        {
            return PageFreshness.CoursePage(options.Value);
        }

        return request.Path.Value == LivePagePath && !AnonymousRender.HasSignInCookie(request)
            ? PageFreshness.LivePage(options.Value)
            : null;
    }

    private static Task ServeAsync(HttpContext context, CachedPage page)
    {
        PageCacheHeaders.Replay(page.Headers, context.Response.Headers);
        context.Response.Headers[StatusHeader] = "hit";
        return PageCacheResponse.WriteAsync(context, page);
    }

    private async Task RenderAndStoreAsync(HttpContext context, string key, bool live)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        context.Response.Headers[StatusHeader] = "miss";
        // The page is stored as rendered and compressed here once: the compression middleware after this one must
        // leave it alone, so it does not see what the browser accepts until the render is done.
        var acceptEncoding = context.Request.Headers.AcceptEncoding;
        context.Request.Headers.AcceptEncoding = default;
        try
        {
            await AnonymousRender.RunAsync(context, next);
        }
        finally
        {
            context.Response.Body = original;
            context.Request.Headers.AcceptEncoding = acceptEncoding;
        }

        var body = buffer.ToArray();
        if (RenderedPage.TryStore(store, key, context.Response, body, visitorWaits: true, live) is { } page)
        {
            // The renderer's visitor gets the same bytes and headers as every later one.
            await PageCacheResponse.WriteAsync(context, page);
            return;
        }

        context.Response.ContentLength = body.Length;
        await original.WriteAsync(body, context.RequestAborted);
    }
}
