using MudBlazor;

namespace Course.Web.Components.Layout;

/// <summary>Kubernetes blue on light and dark backgrounds, with contrast that passes WCAG AA for text.</summary>
internal static class CourseTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2456b8",
            Secondary = "#00796b",
            AppbarBackground = "#2456b8",
            Background = "#fbfbfd",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4ff",
            // Dark text on the light blue of filled buttons (white on #8ab4ff is below 4.5:1).
            PrimaryContrastText = "#0d1b3a",
            Secondary = "#4db6ac",
            AppbarBackground = "#1b2236",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
