namespace Course.Web.Components.PageCache;

/// <summary>
/// Marks a request whose rendered bytes may be served to other visitors, so nothing renders a per-visitor value
/// (such as an antiforgery token) into them. A shared render always runs as an anonymous visitor (the page cache hides
/// the sign-in cookie from it); it only knows whether the copy is meant for readers who carry a sign-in cookie, whose
/// per-reader parts (the account menu, the instructor's drawer entry) then come from the circuit instead.
/// </summary>
internal static class SharedPageRender
{
    private static readonly object Marker = new();

    public static void Mark(HttpContext context, bool forSignedInReaders) => context.Items[Marker] = forSignedInReaders;

    public static bool IsShared(HttpContext context) => context.Items.ContainsKey(Marker);

    /// <summary>True for the shared copy served to readers with a sign-in cookie: per-reader parts render as placeholders.</summary>
    public static bool IsForSignedInReaders(HttpContext? context) =>
        context is not null && context.Items.TryGetValue(Marker, out var value) && value is true;
}
