namespace Course.Tests.Infrastructure;

/// <summary>Which of axe's rules a run applies: axe's <c>runOnly</c> option.</summary>
internal sealed record AxeRules(string Type, string[] Values)
{
    public object RunOnly => new { type = Type, values = Values };
}

/// <summary>The suite's axe configurations, all based on WCAG 2.0-2.2 levels A and AA (run by <see cref="AxeAudit"/>).</summary>
internal static class AxeOptions
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>WCAG A/AA rules.</summary>
    public static AxeRules WcagAA { get; } = new("tag", WcagTags);

    /// <summary>The release gate's set (issue 16): the WCAG A/AA rules plus axe's best practices.</summary>
    public static AxeRules WcagAAWithBestPractices { get; } = new("tag", [.. WcagTags, "best-practice"]);

    /// <summary>
    /// The rules whose outcome depends on colours alone. The dark theme changes the palette, not the markup: once a
    /// page passes <see cref="WcagAAWithBestPractices"/> in the light theme, these are what the dark theme can break.
    /// </summary>
    public static AxeRules ColourRules { get; } = new("rule", ["color-contrast", "link-in-text-block"]);
}
