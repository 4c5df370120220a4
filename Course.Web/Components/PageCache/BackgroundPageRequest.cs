using Microsoft.AspNetCore.Http.Features;

namespace Course.Web.Components.PageCache;

/// <summary>
/// What a background render of a page takes from the visitor whose request found it stale: the address (scheme, host,
/// path base, path), the endpoint and route values routing chose for it, and its <see cref="PageVariant"/>. Nothing
/// else: no cookie but the theme's, no sign-in, no address, no other header. The render is a request of its own.
/// </summary>
internal sealed record BackgroundPageRequest(
    string Scheme,
    HostString Host,
    PathString PathBase,
    PathString Path,
    PageVariant Variant,
    Endpoint? Endpoint,
    RouteValueDictionary RouteValues)
{
    public static BackgroundPageRequest From(HttpContext visitor, PageVariant variant) =>
        new(visitor.Request.Scheme, visitor.Request.Host, visitor.Request.PathBase, visitor.Request.Path, variant,
            visitor.GetEndpoint(), new RouteValueDictionary(visitor.Request.RouteValues));

    /// <summary>
    /// A GET of the page as the pipeline after the page cache expects it (routing already ran before the cache), with
    /// the services of <paramref name="requestServices"/> (a scope of its own), its response body in <paramref name="body"/>, and <paramref name="aborted"/> as its lifetime.
    /// Its response never starts: what the other middleware add when a response starts (security headers, the color
    /// scheme hint) is added to each response the cache sends, as for a page rendered in the foreground.
    /// </summary>
    public HttpContext CreateContext(IServiceProvider requestServices, Stream body, CancellationToken aborted)
    {
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        context.Features.Set<IServiceProvidersFeature>(new ServiceProvidersFeature { RequestServices = requestServices });
        var request = context.Request;
        request.Method = HttpMethods.Get;
        request.Protocol = "HTTP/1.1";
        request.Scheme = Scheme;
        request.Host = Host;
        request.PathBase = PathBase;
        request.Path = Path;
        // The theme as the key names it: the cookie decides it ahead of the system preference hint (ThemeCookie).
        request.Headers.Cookie = $"{Layout.ThemeCookie.Name}={(Variant.Dark ? "dark" : "light")}";
        request.RouteValues = new RouteValueDictionary(RouteValues);
        context.SetEndpoint(Endpoint);
        context.RequestAborted = aborted;
        SharedPageRender.Mark(context, Variant.ForSignedInReaders);
        return context;
    }
}
