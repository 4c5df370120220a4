using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.DockerCoins.Probes;

/// <summary>The Services panel in Chromium, on a site probing real services on loopback: rng goes down and comes back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServicesPanelBrowserTests(ChromiumFixture chromium)
{
    private const float Wait = 10_000;

    [Fact]
    public async Task A_service_going_down_and_back_is_shown_live_and_the_panel_passes_axe_in_both_themes()
    {
        await using var rng = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.Rng());
        await using var hasher = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.Hasher());
        await using var webui = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.WebUi());
        await using var site = new LiveSiteFactory()
            .WithSetting("DockerCoins:RngUrl", rng.Url)
            .WithSetting("DockerCoins:HasherUrl", hasher.Url)
            .WithSetting("DockerCoins:WebUiUrl", webui.Url)
            .WithSetting("DockerCoins:ProbeInterval", "00:00:00.5")
            .WithSetting("DockerCoins:ProbeTimeout", "00:00:00.5");

        var page = await OpenAsync(site, "light");
        var rngItem = page.Locator("[data-service='rng']");
        await Assertions.Expect(rngItem).ToHaveAttributeAsync("data-status", "ok", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("[data-service='hasher']")).ToHaveAttributeAsync("data-status", "ok", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("[data-service='webui']")).ToHaveAttributeAsync("data-status", "ok", new() { Timeout = Wait });
        await Assertions.Expect(rngItem).ToHaveAttributeAsync("data-latency-p95-ms", new System.Text.RegularExpressions.Regex("^[0-9]+$"), new() { Timeout = Wait });
        await AssertAxeAsync(page);

        await rng.StopAsync();
        await Assertions.Expect(rngItem).ToHaveAttributeAsync("data-status", "down", new() { Timeout = Wait });
        await Assertions.Expect(rngItem).ToContainTextAsync("en panne");
        await Assertions.Expect(rngItem).ToContainTextAsync("injoignable");
        await Assertions.Expect(page.Locator("[data-services-announcement]")).ToContainTextAsync("rng : en panne");
        await page.SaveScreenshotAsync("dockercoins-services-down");
        await AssertAxeAsync(page);

        await rng.StartAsync();
        await Assertions.Expect(rngItem).ToHaveAttributeAsync("data-status", "ok", new() { Timeout = Wait });

        var dark = await OpenAsync(site, "dark");
        await Assertions.Expect(dark.Locator("[data-service='rng']")).ToHaveAttributeAsync("data-status", "ok", new() { Timeout = Wait });
        await AssertAxeAsync(dark);
    }

    private async Task<IPage> OpenAsync(LiveSiteFactory site, string theme)
    {
        var page = await chromium.NewPageAsync();
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = "course-theme", Value = theme, Url = site.RootUri.GetLeftPart(UriPartial.Authority) + "/" },
        ]);
        await page.GotoAsync(new Uri(site.RootUri, "dockercoins").ToString());
        await page.WaitForInteractiveAsync();
        return page;
    }

    private static async Task AssertAxeAsync(IPage page)
    {
        var violations = await page.AuditAsync(AxeOptions.WcagAA, within: "[data-services-panel]");
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }
}
