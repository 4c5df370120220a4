using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// Every frame Chromium paints while a reader moves between chapters (static pages that enable only MudBlazor's chapter
/// stylesheet) and interactive pages (which need the whole one) has the site's stylesheets: no flash of an unstyled page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StyledNavigationBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    // The defect was intermittent (1 to 6 unstyled frames, not on every navigation), yet the old code failed at the first
    // round in every run: each direction is taken twice, to keep the suite's time.
    private const int Rounds = 2;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Following_the_title_from_a_chapter_to_the_home_page_paints_no_unstyled_frame(string theme)
    {
        var page = await PageAsync(theme);

        for (var round = 0; round < Rounds; round++)
        {
            await OpenAsync(page, "chapitres/introduction");

            await page.Locator("a.app-title").ClickAsync();

            await Assertions.Expect(page.Locator(".mud-layout[data-interactive='true']")).ToBeAttachedAsync();
            await AssertEveryFrameStyledAsync(page, $"{theme}, chapter → home, round {round + 1}");
        }
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Searching_from_a_chapter_paints_no_unstyled_frame(string theme)
    {
        var page = await PageAsync(theme);

        for (var round = 0; round < Rounds; round++)
        {
            await OpenAsync(page, "chapitres/introduction");

            await page.Locator("[data-search-input]").FillAsync("pod");
            await page.Locator("[data-search-input]").PressAsync("Enter");

            await page.WaitForAddressAsync(new Uri(site.RootUri, "recherche?q=pod").ToString());
            await Assertions.Expect(page.Locator(".search-page__form")).ToBeAttachedAsync();
            await AssertEveryFrameStyledAsync(page, $"{theme}, chapter → search, round {round + 1}");
        }
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Following_a_chapter_link_from_the_home_page_paints_no_unstyled_frame(string theme)
    {
        var page = await PageAsync(theme);

        for (var round = 0; round < Rounds; round++)
        {
            await OpenAsync(page, "");

            await page.Locator("a[data-chapter-link='introduction']").ClickAsync();

            await page.WaitForAddressAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
            await page.WaitForInteractiveAsync();
            await AssertEveryFrameStyledAsync(page, $"{theme}, home → chapter, round {round + 1}");
        }
    }

    private async Task<IPage> PageAsync(string theme)
    {
        var page = await chromium.NewPageAsync();
        await page.Context.AddCookiesAsync([new Cookie { Name = "course-theme", Value = theme, Url = site.RootUri.ToString() }]);
        await page.AddInitScriptAsync(PaintedFrames.Recorder);
        return page;
    }

    // Loads the page, waits for its circuit, then forgets the frames of that first load: what follows is the navigation.
    private async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(new Uri(site.RootUri, path).ToString());
        await page.WaitForInteractiveAsync();
        await PaintedFrames.ClearAsync(page);
    }

    private static async Task AssertEveryFrameStyledAsync(IPage page, string navigation)
    {
        var frames = await PaintedFrames.UntilQuietAsync(page);
        Assert.True(frames.All(frame => frame.Styled), $"{navigation}: {PaintedFrames.Describe(frames)}");
    }
}
