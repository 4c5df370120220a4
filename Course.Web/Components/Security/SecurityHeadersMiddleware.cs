using Course.Web.Components.PageCache;

namespace Course.Web.Components.Security;

/// <summary>
/// Adds <see cref="SecurityHeaders"/> to every response, page-cache hits, 304s, static files and error pages
/// included, and <see cref="SecurityHeaders.CrossOriginOpenerPolicy"/> to signed-in readers' responses. They are set
/// when the response starts, not before the pipeline runs: the exception handler clears the headers of a failed
/// request before it renders the error page, and the page cache replays stored headers.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private static readonly Func<object, Task> AddHeaders = static state =>
    {
        Add((HttpContext)state);
        return Task.CompletedTask;
    };

    private static readonly Func<object, Task> AddHeadersForSignedInReader = static state =>
    {
        var context = (HttpContext)state;
        Add(context);
        context.Response.Headers["Cross-Origin-Opener-Policy"] = SecurityHeaders.CrossOriginOpenerPolicy;
        return Task.CompletedTask;
    };

    public Task InvokeAsync(HttpContext context)
    {
        // Decided here, while the request still carries all its cookies: a shared page's render takes the sign-in
        // cookies out of the request for its duration (PageCache/AnonymousRender).
        context.Response.OnStarting(
            AnonymousRender.HasSignInCookie(context.Request) ? AddHeadersForSignedInReader : AddHeaders,
            context);
        return next(context);
    }

    private static void Add(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = SecurityHeaders.ReferrerPolicy;
        headers["Permissions-Policy"] = SecurityHeaders.PermissionsPolicy;
        if (IsHttps(context.Request))
        {
            headers.StrictTransportSecurity = SecurityHeaders.StrictTransportSecurity;
        }
    }

    // Behind an ingress that ends TLS the request reaches Kestrel over HTTP with X-Forwarded-Proto: https. Trusting
    // the header costs nothing here: a browser ignores Strict-Transport-Security received over plain HTTP.
    private static bool IsHttps(HttpRequest request) =>
        request.IsHttps
        || string.Equals(request.Headers["X-Forwarded-Proto"].ToString(), "https", StringComparison.OrdinalIgnoreCase);
}
