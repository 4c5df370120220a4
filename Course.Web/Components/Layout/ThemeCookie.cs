namespace Course.Web.Components.Layout;

/// <summary>The cookie that remembers the reader's light or dark choice (written by site.js).</summary>
internal static class ThemeCookie
{
    public const string Name = "course-theme";

    public static bool IsDark(HttpContext? context) =>
        context?.Request.Cookies[Name] is "dark";
}
