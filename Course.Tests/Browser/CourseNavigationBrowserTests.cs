using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CourseNavigationBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Fact]
    public async Task A_student_reaches_chapter_five_through_the_drawer_and_jumps_to_a_section()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.RootUri.ToString());
        await page.WaitForInteractiveAsync();

        await page.ClickAsync("a[data-chapter-link='architecture-noeuds']");
        await page.WaitForAddressAsync(new Uri(site.RootUri, "chapitres/architecture-noeuds").ToString());
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("côté worker");
        await Assertions.Expect(page).ToHaveTitleAsync("L'Architecture de Kubernetes #3 - côté worker (en détail - 3 composants clés) — Découvrir Kubernetes");

        var heading = page.Locator("#kube-proxy");
        Assert.False(await IsInViewportAsync(heading), "Kube-proxy should start below the fold");

        await page.ClickAsync(".chapter-toc a[data-toc-target='kube-proxy']");

        // Generous: a scroll on two loaded cores can take seconds; a page that never scrolls still fails.
        await Eventually.HoldsAsync(() => IsInViewportAsync(heading), "the page scrolls to Kube-proxy", TimeSpan.FromSeconds(15));
        await page.SaveScreenshotAsync("chapter-5-after-toc-click");
    }

    [Fact]
    public async Task Dark_mode_is_kept_after_a_reload()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();
        var main = page.Locator("main#contenu");
        await Assertions.Expect(main).ToHaveAttributeAsync("data-theme", "light");
        var lightBackground = await BodyBackgroundAsync(page);

        await page.ClickAsync("[data-testid='theme-toggle']");
        await Assertions.Expect(main).ToHaveAttributeAsync("data-theme", "dark");
        await page.ReloadAsync();

        // Dark straight from the server-rendered HTML, before the circuit connects, and still dark after it does.
        await Assertions.Expect(main).ToHaveAttributeAsync("data-theme", "dark");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(main).ToHaveAttributeAsync("data-theme", "dark");
        Assert.NotEqual(lightBackground, await BodyBackgroundAsync(page));
        await page.SaveScreenshotAsync("chapter-1-dark-mode");
    }

    [Fact]
    public async Task Two_visitors_of_the_same_cached_page_both_get_a_live_page()
    {
        var path = new Uri(site.RootUri, "chapitres/architecture-maitre").ToString();
        var first = await chromium.NewPageAsync();
        var second = await chromium.NewPageAsync();

        var firstResponse = await first.GotoAsync(path);
        var secondResponse = await second.GotoAsync(path);

        Assert.Equal("hit", await secondResponse!.HeaderValueAsync("x-page-cache"));
        await first.WaitForInteractiveAsync();
        await second.WaitForInteractiveAsync();
        await second.ClickAsync("[data-testid='theme-toggle']");
        await Assertions.Expect(second.Locator("main#contenu")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.NotNull(firstResponse);
    }

    [Fact]
    public async Task The_copy_button_copies_the_command_and_confirms()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.RootUri.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();

        // The original command comes first; the edition note after it shows the current variant.
        var block = page.Locator("figure.code-block", new() { Has = page.Locator("code", new() { HasTextString = "kubeadm init" }) }).First;
        await block.Locator("button[data-copy-code]").ClickAsync();

        await Assertions.Expect(block.Locator("button[data-copy-code]")).ToHaveTextAsync("Copié !");
        var clipboard = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal("kubeadm init --apiserver-advertise-address $(hostname -i)", clipboard.Trim());
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_drawer_is_a_menu()
    {
        var page = await chromium.NewPageAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        await page.GotoAsync(site.RootUri.ToString());
        await page.WaitForInteractiveAsync();
        var chapterLink = page.Locator("a[data-chapter-link='concepts-kubernetes']");

        await Assertions.Expect(chapterLink).Not.ToBeInViewportAsync();
        await page.ClickAsync("[data-testid='drawer-toggle']");
        await Assertions.Expect(chapterLink).ToBeInViewportAsync();
        await chapterLink.ClickAsync();

        await page.WaitForAddressAsync(new Uri(site.RootUri, "chapitres/concepts-kubernetes").ToString());
        await page.SaveScreenshotAsync("phone-chapter-2");
    }

    private static Task<bool> IsInViewportAsync(ILocator locator) =>
        locator.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }");

    private static Task<string> BodyBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
}
