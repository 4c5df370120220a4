namespace Course.Web.Components.PageCache;

/// <summary>
/// Marks a request whose rendered bytes may be served to other visitors, so nothing renders a per-visitor value
/// (such as an antiforgery token) into them.
/// </summary>
internal static class SharedPageRender
{
    private static readonly object Marker = new();

    public static void Mark(HttpContext context) => context.Items[Marker] = true;

    public static bool IsShared(HttpContext context) => context.Items.ContainsKey(Marker);
}
