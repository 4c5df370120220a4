namespace Course.Web.Components.PageCache;

/// <summary>
/// Which copy of a page a request gets: the theme it is drawn in (<see cref="Layout.ThemeCookie"/>) and whether it is
/// the copy for readers who carry a sign-in cookie (an account-menu placeholder the circuit fills per reader). Nothing
/// else of a visitor decides a shared page's bytes.
/// </summary>
internal readonly record struct PageVariant(bool Dark, bool ForSignedInReaders)
{
    public static PageVariant Of(HttpContext context) =>
        new(Layout.ThemeCookie.IsDark(context), AnonymousRender.HasSignInCookie(context.Request));

    public string Key(PathString path) =>
        $"{path.Value}|{(Dark ? "dark" : "light")}|{(ForSignedInReaders ? "signed-in" : "anonymous")}";
}
