using System.Text.RegularExpressions;
using Course.Web.Components.Chapters;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Course.Web.Components.Assets;

/// <summary>
/// The part of MudBlazor's stylesheet a chapter page needs: its layout (app bar, drawer, nav menu), typography, and
/// the components its islands render (quiz and self-assessment cards, buttons, alerts, icons). A chapter links it
/// (74 KB, 9 KB compressed, render-blocking) instead of the whole <c>MudBlazor.min.css</c> (43 KB compressed, 627 KB
/// to parse on every page load, 98 % unused by a chapter): the first paint waits for far fewer bytes, and the
/// browser parses and matches far fewer rules. Pages that use other MudBlazor components (charts, menus, dialogs,
/// tables) are interactive and link the whole stylesheet as well (App.razor). The file is generated from the package's
/// stylesheet and committed; <c>ChapterStylesheetTests</c> fails when it no longer matches the package or when a
/// chapter uses a MudBlazor class it drops, and says how to regenerate it.
/// </summary>
internal static partial class ChapterStylesheet
{
    /// <summary>The generated file, under wwwroot.</summary>
    public const string Path = "css/mud-chapter.css";

    /// <summary>The whole stylesheet it is cut from, under wwwroot.</summary>
    public const string MudBlazorPath = "_content/MudBlazor/MudBlazor.min.css";

    // Whole component families: their states (open, closed, disabled, hover, colours) appear only once a reader acts.
    private static readonly string[] _families =
    [
        "mud-layout", "mud-appbar", "mud-toolbar", "mud-drawer", "mud-main-content", "mud-navmenu", "mud-nav-",
        "mud-icon", "mud-svg-icon", "mud-button", "mud-ripple", "mud-typography", "mud-paper", "mud-card", "mud-alert",
        "mud-elevation-", "mud-link", "mud-inherit", "hover:mud-inherit", "mud-popover-provider",
    ];

    // Variants of those families no chapter uses: the drawer is Responsive at the Md breakpoint, on the left, clipped
    // under the app bar; no button groups, headers or dense bars.
    private static readonly string[] _unusedVariants =
    [
        "button-group", "-mini", "persistent", "temporary", "-right", "-bottom", "pos-top", "-docked", "-never", "-header",
        "appbar-dense", "toolbar-dense",
    ];

    // Utility classes a chapter or one of its islands may carry (Class="..."), and the palette's text colours (icons).
    private static readonly HashSet<string> _utilities =
    [
        "d-flex", "d-none", "d-block", "d-inline-flex", "flex-grow-1", "flex-column", "align-center", "justify-center",
        "justify-space-between", "gap-2", "mud-width-full", "mud-dense", "mud-square", "active",
        "mud-snackbar-location-top-right",
        // Blazor's error bar, which MudBlazor styles too.
        "reload", "dismiss",
    ];

    /// <summary>Whether the chapter stylesheet keeps MudBlazor's rules that name this class.</summary>
    public static bool Keeps(string className) =>
        _families.Any(f => className.StartsWith(f, StringComparison.Ordinal))
        && !_unusedVariants.Any(v => className.Contains(v, StringComparison.Ordinal))
        && !OtherBreakpoint().IsMatch(className)
        || _utilities.Contains(className)
        || Spacing().IsMatch(className)
        || PaletteText().IsMatch(className);

    /// <summary>Whether the page being rendered is a chapter (it links this stylesheet and not the whole one).</summary>
    public static bool IsChapter(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(ChapterPage);

    // MudBlazor's spacing helpers without a breakpoint: ma-4, px-2, mt-n1, mx-auto...
    [GeneratedRegex("^[mp][atrblxyse]?-(n?[0-9]{1,2}|auto)$")]
    private static partial Regex Spacing();

    [GeneratedRegex("-(xs|sm|lg|xl|xxl)(-|$)")]
    private static partial Regex OtherBreakpoint();

    [GeneratedRegex("^mud-(primary|secondary|tertiary|info|success|warning|error|dark|default)-text$")]
    private static partial Regex PaletteText();
}
