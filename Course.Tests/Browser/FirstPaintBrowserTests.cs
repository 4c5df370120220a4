using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>What a first visit paints from the server-rendered HTML alone, before the Blazor circuit connects.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstPaintBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    private const string ColorSchemeHintHeader = "Sec-CH-Prefers-Color-Scheme";

    private IBrowser? _darkSystem;

    [Fact]
    public async Task A_reader_in_dark_mode_without_a_theme_cookie_gets_a_dark_page_from_the_first_response()
    {
        var page = await DarkSystemPageAsync();

        var response = await page.GotoAsync(new Uri(site.RootUri, "chapitres/deployer-dockercoins").ToString());

        // The HTML as the server sent it is already dark: nothing has to switch once the circuit starts.
        Assert.NotNull(response);
        Assert.Contains("data-theme=\"dark\"", await response.TextAsync());
        var main = page.Locator("main#contenu");
        await Assertions.Expect(main).ToHaveAttributeAsync("data-theme", "dark");

        await page.WaitForInteractiveAsync();
        await Assertions.Expect(main).ToHaveAttributeAsync("data-theme", "dark");
        await Assertions.Expect(page.Locator("[data-testid='theme-toggle']")).ToHaveAttributeAsync("aria-label", "Passer en mode clair");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == "course-theme");
        await page.SaveScreenshotAsync("first-paint-system-dark");
    }

    [Fact]
    public async Task A_drawer_the_reader_closed_is_closed_from_the_first_frame_even_before_any_script_arrives()
    {
        var page = await chromium.NewPageAsync();
        var chapter = new Uri(site.RootUri, "chapitres/introduction").ToString();
        await page.GotoAsync(chapter);
        await page.EvaluateAsync("() => localStorage.setItem('course.drawer', 'closed')");
        // From now on no script file ever arrives: what is on screen comes from the HTML, the stylesheets and the page's
        // inline script (Layout/RememberedDrawer.js).
        await page.RouteAsync(IsScript, route => route.AbortAsync());

        await page.GotoAsync(chapter);

        await Assertions.Expect(page.Locator("a[data-chapter-link='concepts-kubernetes']")).Not.ToBeInViewportAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname.endsWith('.js') && e.responseStatus === 200).length"));
    }

    private static bool IsScript(string url) => new Uri(url).AbsolutePath.EndsWith(".js", StringComparison.Ordinal);

    [Fact]
    public async Task A_reader_in_light_mode_gets_the_light_page_of_the_same_chapter()
    {
        var dark = await DarkSystemPageAsync();
        await dark.GotoAsync(new Uri(site.RootUri, "chapitres/architecture-introduction").ToString());
        await Assertions.Expect(dark.Locator("main#contenu")).ToHaveAttributeAsync("data-theme", "dark");

        // Same page just cached in dark: a light reader must still get light bytes.
        var light = await chromium.NewPageAsync(new BrowserNewContextOptions { Locale = "fr-FR", ColorScheme = ColorScheme.Light });
        var response = await light.GotoAsync(new Uri(site.RootUri, "chapitres/architecture-introduction").ToString());

        Assert.NotNull(response);
        Assert.Contains("data-theme=\"light\"", await response.TextAsync());
        await Assertions.Expect(light.Locator("main#contenu")).ToHaveAttributeAsync("data-theme", "light");
    }

    [Fact]
    public async Task The_readers_own_choice_wins_over_the_system_preference()
    {
        var page = await DarkSystemPageAsync();
        await page.Context.AddCookiesAsync([new Cookie { Name = "course-theme", Value = "light", Url = site.RootUri.ToString() }]);

        await page.GotoAsync(new Uri(site.RootUri, "chapitres/deployer-dockercoins").ToString());

        await Assertions.Expect(page.Locator("main#contenu")).ToHaveAttributeAsync("data-theme", "light");
    }

    [Fact]
    public async Task The_chapter_text_is_readable_before_the_circuit_starts()
    {
        var page = await chromium.NewPageAsync();
        // No circuit at all: whatever is on screen came from the server-rendered HTML and the static assets.
        await page.RouteAsync("**/_blazor**", route => route.AbortAsync());

        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("main#contenu p").First).ToBeVisibleAsync();
        Assert.Equal("false", await page.Locator("[data-interactive]").First.GetAttributeAsync("data-interactive"));
        // MudBlazor's stylesheet is applied (the app bar is laid out as a bar, not as unstyled text).
        var appBarHeight = await page.Locator(".mud-appbar").First.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.InRange(appBarHeight, 40, 80);
    }

    [Fact]
    public async Task Static_pages_load_only_their_part_of_MudBlazors_stylesheet_and_an_interactive_page_gets_the_whole_one_styled()
    {
        var page = await chromium.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();

        Assert.Contains(requested, url => url.Contains("/css/mud-chapter.", StringComparison.Ordinal));
        Assert.DoesNotContain(requested, url => url.Contains("MudBlazor.min.css", StringComparison.Ordinal));

        // The DockerCoins page is static too: an enhanced navigation there enables its add-on (chips, grid), and its
        // grid is laid out by MudBlazor's rules without the whole stylesheet.
        await page.Locator("[data-testid='dockercoins-link']").ClickAsync();
        await page.WaitForAddressAsync(new Uri(site.RootUri, "dockercoins").ToString());
        await Assertions.Expect(page.Locator(".dockercoins .mud-grid").First).ToHaveCSSAsync("display", "flex", new() { Timeout = 10_000 });
        Assert.Contains(requested, url => url.Contains("/css/mud-dockercoins.", StringComparison.Ordinal));
        Assert.DoesNotContain(requested, url => url.Contains("MudBlazor.min.css", StringComparison.Ordinal));

        // An enhanced navigation to an interactive page enables the whole stylesheet before that page is shown.
        await page.Locator("a.app-title").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-layout[data-interactive='true']")).ToBeAttachedAsync(new() { Timeout = 10_000 });
        Assert.Contains(requested, url => url.Contains("MudBlazor.min.css", StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>(
            "() => [...document.styleSheets].some(s => s.href?.includes('MudBlazor.min.css') && !s.disabled && s.cssRules.length > 1000)"));
    }

    // A system in dark mode: the browser both matches (prefers-color-scheme: dark) and sends the hint as dark, once
    // the site has asked for it (Accept-CH): the browser learns that on its first page of the site, here the 404 page.
    private async Task<IPage> DarkSystemPageAsync()
    {
        _darkSystem ??= await chromium.LaunchOtherBrowserAsync("--force-dark-mode");
        var context = await _darkSystem.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = ColorScheme.Dark,
        });
        var page = await context.NewPageAsync();
        var first = await page.GotoAsync(new Uri(site.RootUri, "page-inconnue").ToString());
        Assert.Equal(ColorSchemeHintHeader, first is null ? null : await first.HeaderValueAsync("accept-ch"));
        return page;
    }
}
