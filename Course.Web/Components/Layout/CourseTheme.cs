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
            // MudBlazor's defaults put white text on light status colours (2.2:1 to 3.7:1 on filled chips and
            // buttons); these darker shades keep white text above 4.5:1.
            Success = "#2e7d32",
            Info = "#1565c0",
            Warning = "#b45309",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4ff",
            // Dark text on the light blue of filled buttons (white on #8ab4ff is below 4.5:1).
            PrimaryContrastText = "#0d1b3a",
            Secondary = "#4db6ac",
            AppbarBackground = "#1b2236",
            // Dark text on the dark theme's bright status colours (white on them is below 3.5:1).
            SuccessContrastText = "#0d1b3a",
            InfoContrastText = "#0d1b3a",
            WarningContrastText = "#0d1b3a",
            ErrorContrastText = "#0d1b3a",
            // Text-variant alerts write in the "darken" shade over a faint tint of the colour: on the dark background
            // MudBlazor's darkened amber was below 4.5:1 (the bottleneck hint on /dockercoins). Light tints instead
            // (above 9:1 there); filled buttons' hover keeps dark text on them.
            SuccessDarken = "#a5d6a7",
            InfoDarken = "#90caf9",
            WarningDarken = "#ffcc80",
            ErrorDarken = "#ef9a9a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
            // Sentence case on every button: some were upper-case, others not.
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
