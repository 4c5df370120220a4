namespace Course.Web.Components.PageCache;

/// <summary>
/// Runs a shared page render as an anonymous visitor: the request's sign-in cookies are taken out of its Cookie header
/// for the render (authentication runs after the page cache, so it finds nobody), then put back. Whatever a component
/// reads of the user, it reads nobody's.
/// </summary>
internal static class AnonymousRender
{
    public static bool HasSignInCookie(HttpRequest request) => request.Cookies.Keys.Any(IsSignInCookie);

    public static async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Request.Headers;
        var cookies = headers.Cookie;
        headers.Cookie = WithoutSignInCookies(cookies);
        try
        {
            await next(context);
        }
        finally
        {
            headers.Cookie = cookies;
        }
    }

    // ASP.NET Core's sign-in cookies (and their chunks) all start with ".AspNetCore."; the antiforgery cookie says
    // nothing of the user.
    private static bool IsSignInCookie(string name) =>
        name.StartsWith(".AspNetCore.", StringComparison.Ordinal)
        && !name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal);

    // Split as leniently as the framework's own cookie reader, and the other pairs kept byte for byte (the theme).
    private static string WithoutSignInCookies(IEnumerable<string?> headers) =>
        string.Join("; ", headers
            .SelectMany(header => (header ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(pair => !IsSignInCookie(pair.Split('=', 2)[0].Trim())));
}
