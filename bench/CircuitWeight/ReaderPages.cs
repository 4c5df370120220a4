using Microsoft.Playwright;

namespace CircuitWeight;

/// <summary>
/// Chapter pages as a reader who reached the first quiz card sees them: Playwright's pages are rendered (unlike
/// background tabs opened through DevTools), so the islands near the viewport attach as they do for a reader.
/// </summary>
internal static class ReaderPages
{
    public static async Task OpenAsync(IBrowserContext context, List<IPage> pages, string chapter, int count)
    {
        // One at a time: each page is brought to the front and left at its card until it is interactive.
        for (var i = 0; i < count; i++)
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(120_000);
            await page.GotoAsync($"chapitres/{chapter}");
            await page.Locator("article.chapter").WaitForAsync();
            // Scrolled by script: Playwright's own scroll fails when the card's first render replaces the element.
            await page.EvaluateAsync("() => document.querySelector('[data-quiz-action]').scrollIntoView({ block: 'center' })");
            await page.Locator("[data-quiz-action]:not([disabled])").First.WaitForAsync();
            // Whatever else is near the viewport attaches within the observer's next report.
            await page.WaitForTimeoutAsync(1_000);
            pages.Add(page);
        }
    }
}
