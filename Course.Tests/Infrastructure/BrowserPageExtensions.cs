using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Course.Tests.Infrastructure;

/// <summary>What browser tests do on a Blazor page again and again.</summary>
public static class BrowserPageExtensions
{
    /// <summary>The attribute a page's root element carries once <c>RendererInfo.IsInteractive</c> is true.</summary>
    public const string InteractiveSelector = "[data-interactive='true']";

    // An interactive page marks its layout; a static page with islands (chapters) marks each island. Interactive means
    // at least one mark and none still false: a quiz card whose island has not started ignores clicks.
    // A chapter's islands attach only near the viewport or when the reader interacts inside one (wwwroot/js/islands.js):
    // each island still static is sent, at each poll, the focus event a reader tabbing into it would send, which
    // attaches it without scrolling the page (ChapterIslandsBrowserTests covers the attachment on scroll).
    private const string AllInteractiveScript = """
        () => {
            for (const mark of document.querySelectorAll("[data-island] [data-interactive='false']")) {
                mark.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
            }
            return document.querySelector("[data-interactive='true']") !== null
                && document.querySelector("[data-interactive='false']") === null;
        }
        """;

    /// <summary>
    /// Waits until the Blazor circuit is up and the page (or every island of a static page) re-rendered interactively:
    /// before that, the prerendered HTML is on screen but clicks on components do nothing. A chapter's islands far from
    /// the viewport attach only when a reader nears them or interacts inside them: each is sent a focus event.
    /// </summary>
    public static async Task WaitForInteractiveAsync(this IPage page, float timeoutMilliseconds = 30_000)
    {
        try
        {
            await page.WaitForFunctionAsync(AllInteractiveScript, null, new PageWaitForFunctionOptions
            {
                Timeout = timeoutMilliseconds,
                PollingInterval = 50,
            });
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"{page.Url} never became interactive (no {InteractiveSelector}, or some island still false, within {timeoutMilliseconds} ms).",
                exception);
        }
    }

    /// <summary>
    /// Waits until the page's address is <paramref name="url"/> (absolute, exact), by polling the address. Use this, never
    /// Playwright's <c>WaitForURLAsync</c>: that one compares the address, then subscribes to the frame's navigation
    /// events, so a navigation that commits between the two is never seen and it times out on a page that has long
    /// loaded (microsoft/playwright-dotnet issue 3364; the release gate's keyboard test, session 14). This does not wait
    /// for the load event: follow it with an assertion that retries, never a one-shot read of the new page. After an
    /// enhanced navigation (Blazor's link clicks) the address changes before the new page's HTML arrives, so the old
    /// page is still on screen: wait for something of the new page before <see cref="WaitForInteractiveAsync"/>, which
    /// the old page would satisfy.
    /// </summary>
    public static Task WaitForAddressAsync(this IPage page, string url, float timeoutMilliseconds = 10_000) =>
        Assertions.Expect(page).ToHaveURLAsync(url, new PageAssertionsToHaveURLOptions { Timeout = timeoutMilliseconds });

    /// <summary>
    /// Waits, as <see cref="WaitForAddressAsync(IPage, string, float)"/> does, until some part of the page's address
    /// matches <paramref name="address"/> (anchor it with <c>$</c> to mean "ends with").
    /// </summary>
    public static Task WaitForAddressAsync(this IPage page, Regex address, float timeoutMilliseconds = 10_000) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = timeoutMilliseconds });

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
