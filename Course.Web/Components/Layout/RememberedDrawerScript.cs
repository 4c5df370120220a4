using System.Security.Cryptography;
using System.Text;

namespace Course.Web.Components.Layout;

/// <summary>
/// The one inline script of every page (<c>RememberedDrawer.js</c>, embedded in the assembly), in the head before the
/// stylesheets: it closes a drawer the reader closed before, before the first frame. The Content-Security-Policy allows it
/// by its hash (Security/SecurityHeaders), so it is the same on every page and in every build of the same source.
/// </summary>
internal static class RememberedDrawerScript
{
    // The file without its comments and indentation, read once: the element and its hash are of these characters.
    private static readonly string Script = Load();

    /// <summary>The script element as pages carry it.</summary>
    public static string Element { get; } = $"<script>{Script}</script>";

    /// <summary>The CSP source expression that allows this script and no other inline one: <c>'sha256-…'</c>.</summary>
    public static string CspHashSource { get; } =
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'";

    private static string Load()
    {
        using var stream = typeof(RememberedDrawerScript).Assembly.GetManifestResourceStream("Course.Web.RememberedDrawer.js")
            ?? throw new InvalidOperationException("RememberedDrawer.js is not embedded in Course.Web.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Whole-line comments only (the file has no comment after code), and lines stay lines: nothing else changes
        // meaning. One line ending whatever the checkout's: the hash is of these exact characters.
        var lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }
}
