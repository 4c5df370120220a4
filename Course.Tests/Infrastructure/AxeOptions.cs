using Deque.AxeCore.Commons;

namespace Course.Tests.Infrastructure;

/// <summary>The one axe configuration of the suite: WCAG 2.0-2.2 levels A and AA.</summary>
internal static class AxeOptions
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// WCAG A/AA rules, reporting violations only: asking axe for the passes and inapplicable rules too costs most of
    /// its run time on a page as large as a chapter, and the tests look only at violations.
    /// </summary>
    public static AxeRunOptions WcagAA => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>The release gate's set (issue 16): the WCAG A/AA rules plus axe's best practices.</summary>
    public static AxeRunOptions WcagAAWithBestPractices => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags, "best-practice"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>
    /// The rules whose outcome depends on colours alone. The dark theme changes the palette, not the markup: once a
    /// page passes <see cref="WcagAAWithBestPractices"/> in the light theme, these are what the dark theme can break,
    /// at a fraction of the full run's time.
    /// </summary>
    public static AxeRunOptions ColourRules => new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] },
        ResultTypes = [ResultType.Violations],
    };
}
