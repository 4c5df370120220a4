using Course.Web.Components.DockerCoins;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Course.Web.Components.Assets;

/// <summary>
/// What the DockerCoins page needs of MudBlazor's stylesheet beyond <see cref="ChapterStylesheet"/>: chips, its grid of
/// figures and the loading circle. The page is static like a chapter (docs/dockercoins.md, "Page"): it links the chapter
/// stylesheet and this add-on (about 3 KB compressed), not the whole <c>MudBlazor.min.css</c> (43 KB compressed), so its
/// first paint waits for far fewer bytes. The add-on holds only the rules the chapter stylesheet lacks, in the package's
/// order; generated and committed, checked by <c>ChapterStylesheetTests</c> like the chapter stylesheet.
/// </summary>
internal static class DockerCoinsStylesheet
{
    /// <summary>The generated file, under wwwroot.</summary>
    public const string Path = "css/mud-dockercoins.css";

    // Chips show the connection state (filled: info, success, warning, error, default) and each service's status
    // (outlined, default); the loading circle shows until the first sample.
    private static readonly string[] _families = ["mud-chip", "mud-progress-circular"];

    private static readonly string[] _unusedVariants = ["primary", "secondary", "tertiary", "dark", "mud-chip-text"];

    // The figures' grid: MudGrid's default spacing and the items' two widths (a half on a phone, a quarter from md up).
    private static readonly HashSet<string> _grid =
    [
        "mud-grid", "mud-grid-item", "mud-grid-spacing-xs-6", "mud-grid-item-xs-6", "mud-grid-item-md-3", "justify-start",
    ];

    /// <summary>Whether the DockerCoins page needs MudBlazor's rules that name this class (with the chapter's).</summary>
    public static bool Keeps(string className) =>
        ChapterStylesheet.Keeps(className)
        || _families.Any(f => className.StartsWith(f, StringComparison.Ordinal))
        && !_unusedVariants.Any(v => className.Contains(v, StringComparison.Ordinal))
        || _grid.Contains(className);

    /// <summary>Whether the add-on keeps a selector: one the page needs that names a class the chapter stylesheet drops.</summary>
    public static bool KeepsSelector(IReadOnlyCollection<string> classes) =>
        classes.All(Keeps) && classes.Any(c => !ChapterStylesheet.Keeps(c));

    /// <summary>Whether the page being rendered is the DockerCoins page (it links this add-on, not the whole stylesheet).</summary>
    public static bool IsDockerCoins(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(DockerCoinsPage);
}
