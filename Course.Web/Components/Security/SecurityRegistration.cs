namespace Course.Web.Components.Security;

internal static class SecurityRegistration
{
    /// <summary>First in the pipeline, so that nothing (the page cache, static files, errors) answers without them.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }
}
