namespace Course.Web.Components.Site;

/// <summary>
/// Answers <c>HEAD</c> like <c>GET</c>: Razor component pages are mapped for GET only, so HEAD got 405 (and
/// monitors, link checkers and proxies use it). The request runs through the whole pipeline as a GET (page cache,
/// antiforgery and endpoints see a GET), then its method is restored. Kestrel decides from the request line that
/// a HEAD response carries no body and discards what the GET pipeline writes, keeping the headers
/// (Content-Length included).
/// </summary>
internal sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
        }
    }
}
