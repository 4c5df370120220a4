using System.Text.RegularExpressions;
using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReconnectBannerBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_dropped_connection_shows_a_french_banner_that_leaves_the_page_usable_and_a_ticked_option_survives(string theme)
    {
        var page = await chromium.NewPageAsync();
        var connection = new CircuitConnection();
        await connection.InterceptAsync(page);
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();
        if (theme == "dark")
        {
            await page.ClickAsync("[data-testid='theme-toggle']");
            await Assertions.Expect(page.Locator("main#contenu")).ToHaveAttributeAsync("data-theme", "dark");
        }

        var card = page.Locator("[data-question-id='intro-worker-redis']");
        await card.GetByLabel("Rien : seul webui écrit dans redis", new() { Exact = true }).CheckAsync();

        await connection.DropAsync();

        var banner = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(banner.Locator("[role=status]")).ToContainTextAsync("Connexion au serveur interrompue.");
        await Assertions.Expect(banner.Locator("[role=status]")).ToContainTextAsync("Vous pouvez continuer à lire");
        var text = await banner.InnerTextAsync();
        Assert.DoesNotContain("Rejoin", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("seconds", text, StringComparison.OrdinalIgnoreCase);
        // A banner, not a modal dialog: the rest of the page is neither inert nor hidden behind a backdrop.
        Assert.False(await banner.EvaluateAsync<bool>("d => d.matches(':modal')"));
        var bannerBox = (await banner.BoundingBoxAsync())!;
        Assert.True(bannerBox.Height < 844 / 3, $"the banner is {bannerBox.Height} px high");

        // Ticked while the connection is down: only the browser knows, and it keeps it for the reload.
        var rightOption = card.GetByLabel("Chaque seconde, il y note le nombre de boucles faites", new() { Exact = true });
        await rightOption.CheckAsync();
        await Assertions.Expect(rightOption).ToBeCheckedAsync();

        var violations = await page.AuditAsync(AxeOptions.WcagAA, within: "#components-reconnect-modal");
        Assert.True(violations.Count == 0, $"reconnect banner ({theme}): " + string.Join("; ", violations));
        await page.SaveScreenshotAsync($"reconnect-banner-{theme}");

        // The circuit is gone for good (the server forgot it): a reload starts a new one, and the choice comes back.
        connection.Restore();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(rightOption).ToBeCheckedAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveCountAsync(0);
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "correct", new() { Timeout = 10_000 });
    }

    /// <summary>Lets the page's Blazor connection through until <see cref="DropAsync"/>, then refuses every new one.</summary>
    private sealed class CircuitConnection
    {
        private volatile bool _blocked;
        private IWebSocketRoute? _current;

        public async Task InterceptAsync(IPage page)
        {
            // Negotiation and the long-polling fallback are plain HTTP: refused too while blocked.
            await page.RouteAsync(new Regex("/_blazor"), async route =>
            {
                if (_blocked)
                {
                    await route.AbortAsync();
                }
                else
                {
                    await route.ContinueAsync();
                }
            });
            await page.RouteWebSocketAsync(new Regex("/_blazor"), ws =>
            {
                if (_blocked)
                {
                    _ = ws.CloseAsync();
                    return;
                }

                _current = ws;
                ws.ConnectToServer();
            });
        }

        public async Task DropAsync()
        {
            _blocked = true;
            Assert.NotNull(_current);
            await _current.CloseAsync();
        }

        public void Restore() => _blocked = false;
    }
}
