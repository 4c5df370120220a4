namespace Course.Web.Components.Layout;

/// <summary>The cookie that remembers the reader's light or dark choice (written by site.js).</summary>
internal static class ThemeCookie
{
    public const string Name = "course-theme";

    /// <summary>
    /// The reader's own choice when the cookie holds one; otherwise the system preference the browser sent
    /// (<see cref="ColorSchemeHint"/>); light when neither is known.
    /// </summary>
    public static bool IsDark(HttpContext? context) =>
        context?.Request.Cookies[Name] switch
        {
            "dark" => true,
            "light" => false,
            _ => context is not null && ColorSchemeHint.PrefersDark(context.Request),
        };
}
