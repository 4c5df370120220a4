using Microsoft.Playwright;

namespace Course.Tests.Infrastructure;

/// <summary>What browser tests do on a Blazor page again and again.</summary>
public static class BrowserPageExtensions
{
    /// <summary>The attribute a page's root element carries once <c>RendererInfo.IsInteractive</c> is true.</summary>
    public const string InteractiveSelector = "[data-interactive='true']";

    // An interactive page marks its layout; a static page with islands (chapters) marks each island. Interactive means
    // at least one mark and none still false: a quiz card whose island has not started ignores clicks.
    private const string AllInteractiveScript = """
        () => document.querySelector("[data-interactive='true']") !== null
            && document.querySelector("[data-interactive='false']") === null
        """;

    private const string AnyInteractiveScript = """() => document.querySelector("[data-interactive='true']") !== null""";

    // A chapter's islands attach only near the viewport (wwwroot/js/islands.js): the islands still static are brought
    // into view one by one, as a reader scrolling down would, each for two frames (the intersection observer reports
    // after a rendered frame), then the page goes back where it was. Marks without a box (a closed drawer) are left.
    private const string ReachStaticIslandsScript = """
        async () => {
            const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
            const marks = [...document.querySelectorAll("[data-island] [data-interactive='false']")];
            if (marks.length === 0) return;
            const x = window.scrollX, y = window.scrollY;
            for (const mark of marks) {
                if (!mark.isConnected || mark.getAttribute("data-interactive") !== "false" || mark.getClientRects().length === 0) continue;
                mark.scrollIntoView({ block: "center" });
                await frame();
                await frame();
            }
            window.scrollTo(x, y);
        }
        """;

    /// <summary>
    /// Waits until the Blazor circuit is up and the page (or every island of a static page) re-rendered interactively:
    /// before that, the prerendered HTML is on screen but clicks on components do nothing. A chapter's islands far from
    /// the viewport attach only when a reader nears them: they are scrolled to first, and the scroll position restored.
    /// </summary>
    public static async Task WaitForInteractiveAsync(this IPage page, float timeoutMilliseconds = 30_000)
    {
        var options = new PageWaitForFunctionOptions { Timeout = timeoutMilliseconds, PollingInterval = 50 };
        try
        {
            await page.WaitForFunctionAsync(AnyInteractiveScript, null, options);
            await page.EvaluateAsync(ReachStaticIslandsScript);
            await page.WaitForFunctionAsync(AllInteractiveScript, null, options);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"{page.Url} never became interactive (no {InteractiveSelector}, or some island still false, within {timeoutMilliseconds} ms).",
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
