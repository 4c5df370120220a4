namespace Course.Web.Components.Account;

/// <summary>
/// The <c>retour</c> parameter of the account pages: only a path on this site is followed, so a crafted link cannot
/// send a visitor who just typed their password to another site.
/// </summary>
internal static class ReturnUrl
{
    public const string Parameter = "retour";

    /// <summary>True for "/..." paths of this site; false for absolute, protocol-relative ("//", "/\") or odd URLs.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');

    /// <summary><paramref name="url"/> when it is local, otherwise the home page.</summary>
    public static string LocalOrHome(string? url) => IsLocal(url) ? url! : "/";

    /// <summary><paramref name="path"/> with <c>?retour=</c> the given local URL (dropped when not local or the home page).</summary>
    public static string Append(string path, string? url) =>
        IsLocal(url) && url != "/" ? $"{path}?{Parameter}={Uri.EscapeDataString(url!)}" : path;
}
