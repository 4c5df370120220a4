using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Course.Web.Components.PageCache;

/// <summary>
/// The site's antiforgery service, except that a shared page render mints no token: Blazor would persist the
/// request token of whoever triggered the render into the page's component state, and every later visitor would
/// receive it. Course pages post no form, so they need none. Validation is never changed.
/// </summary>
internal sealed class SharedPageAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        if (!SharedPageRender.IsShared(httpContext))
        {
            return inner.GetAndStoreTokens(httpContext);
        }

        // Keep the framing header the real service adds with a token: it says nothing of the visitor. Its
        // "no-store" is not kept: the page cache sends "no-cache" with a validator instead (PageCacheResponse).
        var response = httpContext.Response;
        if (!response.HasStarted
            && !options.Value.SuppressXFrameOptionsHeader
            && !response.Headers.ContainsKey(HeaderNames.XFrameOptions))
        {
            response.Headers.XFrameOptions = "SAMEORIGIN";
        }

        return NoTokens();
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        SharedPageRender.IsShared(httpContext) ? NoTokens() : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        if (!SharedPageRender.IsShared(httpContext))
        {
            inner.SetCookieTokenAndHeader(httpContext);
        }
    }

    private AntiforgeryTokenSet NoTokens() => new(null, null, options.Value.FormFieldName, options.Value.HeaderName);
}
