using Microsoft.Playwright;

namespace Course.Tests.Infrastructure;

/// <summary>What browser tests do on a Blazor page again and again.</summary>
public static class BrowserPageExtensions
{
    /// <summary>The attribute a page's root element carries once <c>RendererInfo.IsInteractive</c> is true.</summary>
    public const string InteractiveSelector = "[data-interactive='true']";

    /// <summary>
    /// Waits until the Blazor circuit is up and the page re-rendered interactively: before that, the prerendered HTML
    /// is on screen but clicks on components do nothing.
    /// </summary>
    public static async Task WaitForInteractiveAsync(this IPage page, float timeoutMilliseconds = 30_000)
    {
        try
        {
            await page.WaitForSelectorAsync(InteractiveSelector, new PageWaitForSelectorOptions
            {
                State = WaitForSelectorState.Attached,
                Timeout = timeoutMilliseconds,
            });
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"{page.Url} never became interactive (no {InteractiveSelector} within {timeoutMilliseconds} ms).",
                exception);
        }
    }

    /// <summary>Saves a full-page PNG under TestResults/screenshots/ and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        var directory = Path.Combine(RepositoryPaths.TestResults, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
