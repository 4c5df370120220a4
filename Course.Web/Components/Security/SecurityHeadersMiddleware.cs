namespace Course.Web.Components.Security;

/// <summary>
/// Adds <see cref="SecurityHeaders"/> to every response, page-cache hits, 304s, static files and error pages
/// included. They are set when the response starts, not before the pipeline runs: the exception handler clears the
/// headers of a failed request before it renders the error page, and the page cache replays stored headers.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var httpContext = (HttpContext)state;
            var headers = httpContext.Response.Headers;
            headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = SecurityHeaders.ReferrerPolicy;
            headers["Permissions-Policy"] = SecurityHeaders.PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (IsHttps(httpContext.Request))
            {
                headers.StrictTransportSecurity = SecurityHeaders.StrictTransportSecurity;
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    // Behind an ingress that ends TLS the request reaches Kestrel over HTTP with X-Forwarded-Proto: https. Trusting
    // the header costs nothing here: a browser ignores Strict-Transport-Security received over plain HTTP.
    private static bool IsHttps(HttpRequest request) =>
        request.IsHttps
        || string.Equals(request.Headers["X-Forwarded-Proto"].ToString(), "https", StringComparison.OrdinalIgnoreCase);
}
