using System.Globalization;
using Course.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Course.Tests.DockerCoins;

/// <summary>The dashboard in Chromium, over a real Blazor circuit, fed by the site's embedded miner.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DockerCoinsBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Fact]
    public async Task The_numbers_change_live_without_reloading_and_workers_can_be_added()
    {
        // Other tests of this shared site register instructors, after which only instructors move the shared miner.
        await TestAccounts.CreateInstructorAsync(site.Services, "mineur@example.org");
        var page = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(page.Context, site.Services, site.RootUri, "mineur@example.org");
        await page.GotoAsync(new Uri(site.RootUri, "dockercoins").ToString());
        await page.WaitForInteractiveAsync();
        var total = page.Locator("[data-total-hashes]");
        var before = long.Parse(await total.GetAttributeAsync("data-total-hashes") ?? "0", CultureInfo.InvariantCulture);
        Assert.Equal("embedded", await page.Locator("[data-connection-state]").GetAttributeAsync("data-connection-state"));

        // The embedded miner adds about 3 hashes per second; the page must show it with no reload.
        await page.WaitForFunctionAsync(
            "before => Number(document.querySelector('[data-total-hashes]').dataset.totalHashes) > before + 4",
            before, new PageWaitForFunctionOptions { Timeout = 15_000 });
        await page.WaitForFunctionAsync(
            "() => Number(document.querySelector('[data-hash-rate]').dataset.hashRate) > 1",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("hachages/s");

        var workers = int.Parse(await page.Locator("[data-workers]").GetAttributeAsync("data-workers") ?? "0", CultureInfo.InvariantCulture);
        await page.Locator("[data-action='add-worker']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-workers]"))
            .ToHaveAttributeAsync("data-workers", (workers + 1).ToString(CultureInfo.InvariantCulture));
        await page.SaveScreenshotAsync("dockercoins-live");
        await page.Locator("[data-action='remove-worker']").ClickAsync();
    }

    [Fact]
    public async Task The_figures_and_chart_are_in_the_first_html_and_follow_the_miner_once_the_circuit_attaches()
    {
        // No circuit at all: what is on screen came from the server-rendered HTML (the page is static, its live part an island).
        var still = await chromium.NewPageAsync();
        await still.RouteAsync("**/_blazor**", route => route.AbortAsync());
        await still.GotoAsync(new Uri(site.RootUri, "dockercoins").ToString());
        await Assertions.Expect(still.Locator("[data-hash-rate]")).ToBeVisibleAsync();
        await Assertions.Expect(still.Locator("[data-hash-rate-chart] path.hash-rate-chart__smoothed")).ToBeAttachedAsync();
        await Assertions.Expect(still.Locator("[data-connection-state]")).ToContainTextAsync("mineur intégré");
        await Assertions.Expect(still.Locator(".dockercoins__live")).ToHaveAttributeAsync("data-interactive", "false");

        // With its circuit the same page follows the miner: the total and the chart's line move with no reload.
        var live = await chromium.NewPageAsync();
        await live.GotoAsync(new Uri(site.RootUri, "dockercoins").ToString());
        await live.WaitForInteractiveAsync();
        var before = long.Parse(await live.Locator("[data-total-hashes]").GetAttributeAsync("data-total-hashes") ?? "0", CultureInfo.InvariantCulture);
        var line = await live.Locator("path.hash-rate-chart__smoothed").GetAttributeAsync("d");
        await live.WaitForFunctionAsync(
            "([before, line]) => Number(document.querySelector('[data-total-hashes]').dataset.totalHashes) > before"
            + " && document.querySelector('path.hash-rate-chart__smoothed').getAttribute('d') !== line",
            new object[] { before, line ?? "" }, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    [Fact]
    public async Task The_island_attaches_by_itself_without_moving_what_the_first_html_showed_and_follows_the_miner()
    {
        // A page rendered before the embedded miner's first sample shows the loading state instead of the figures (and
        // the page cache keeps an anonymous copy for a second): wait for a sample, then for a copy rendered after it.
        var feed = site.Services.GetRequiredService<Course.Web.Components.DockerCoins.IHashRateFeed>();
        await Eventually.HoldsAsync(() => feed.Current is not null, "a sample from the embedded miner", TimeSpan.FromSeconds(30));
        await Task.Delay(1_100);

        // The circuit is held back until the first HTML has been measured: what is on screen then is the server's markup.
        var circuit = new TaskCompletionSource();
        var page = await chromium.NewPageAsync();
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await circuit.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(site.RootUri, "dockercoins").ToString());
        var island = page.Locator(".dockercoins__live");
        await Assertions.Expect(island).ToHaveAttributeAsync("data-interactive", "false");
        await Assertions.Expect(page.Locator("[data-connection-state]")).ToContainTextAsync("mineur intégré");
        var before = await LayoutAsync(page);

        // MudBlazor's look from plain markup: a filled chip, and the four figures side by side on a wide screen.
        Assert.Equal("inline-flex", await page.Locator("[data-connection-state] .mud-chip").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.Locator("[data-connection-state] .mud-chip").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Single(await page.Locator(".dockercoins__live .mud-grid-item").EvaluateAllAsync<double[]>("items => [...new Set(items.map(i => Math.round(i.getBoundingClientRect().top)))]"));

        // No scroll, no focus, no click: the island attaches once the circuit runs (it is near the top of the page).
        circuit.SetResult();
        await Assertions.Expect(island).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 30_000 });
        Assert.Equal(before, await LayoutAsync(page));

        // And it is live: the total moves within a few of the embedded miner's samples (about one a second).
        var total = long.Parse(await page.Locator("[data-total-hashes]").GetAttributeAsync("data-total-hashes") ?? "0", CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync(
            "before => Number(document.querySelector('[data-total-hashes]').dataset.totalHashes) > before",
            total, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    // Where the dashboard's parts above the services sit and how the connection chip and a figure look: the island's
    // first render rebuilds this markup in the browser, which must give back the same boxes and styles (no layout shift).
    private static Task<string> LayoutAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
            const box = selector => {
                const r = document.querySelector(selector).getBoundingClientRect();
                return `${selector} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
            };
            const style = selector => {
                const s = getComputedStyle(document.querySelector(selector));
                return `${selector} ${s.display} ${s.backgroundColor} ${s.color} ${s.fontSize} ${s.borderRadius}`;
            };
            return [
                box("[data-connection-state] .mud-chip"), style("[data-connection-state] .mud-chip"),
                ...[...document.querySelectorAll(".dockercoins__live .mud-grid-item")].map((_, i) => box(`.dockercoins__live .mud-grid-item:nth-child(${i + 1})`)),
                box(".dockercoins__live .dockercoins__figure"), style(".dockercoins__live .dockercoins__figure"),
                box("[data-hash-rate-chart]"),
            ].join("\n");
        }
        """);

    [Fact]
    public async Task A_dockercoins_page_from_the_page_cache_attaches_its_island_and_follows_the_miner()
    {
        // Fresh for 10 s on this site (1 s by default), so the browser surely gets the copy rendered for the request
        // just before it: the same bytes, and the same component markers, as every anonymous visitor of that second.
        await using var cached = new LiveSiteFactory().WithSetting("PageCache:LiveFreshFor", "00:00:10");
        using var http = new HttpClient { BaseAddress = cached.RootUri };
        using var rendered = await http.GetAsync("dockercoins");
        Assert.Equal("miss", string.Join(",", rendered.Headers.GetValues("X-Page-Cache")));

        var page = await chromium.NewPageAsync();
        var response = await page.GotoAsync(new Uri(cached.RootUri, "dockercoins").ToString());
        Assert.Equal("hit", await response!.HeaderValueAsync("x-page-cache"));
        await page.WaitForInteractiveAsync();

        // Its island follows the miner from there: the figures appear (the copy may predate the first sample) and move.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-total-hashes]') !== null",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var before = long.Parse(await page.Locator("[data-total-hashes]").GetAttributeAsync("data-total-hashes") ?? "0", CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync(
            "before => Number(document.querySelector('[data-total-hashes]').dataset.totalHashes) > before",
            before, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    [Fact]
    public async Task Once_an_instructor_exists_a_student_sees_the_shared_miner_read_only()
    {
        await TestAccounts.CreateInstructorAsync(site.Services, "mineur@example.org");
        await TestAccounts.CreateStudentAsync(site.Services, "spectateur@example.org");
        var page = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(page.Context, site.Services, site.RootUri, "spectateur@example.org");

        // The policy re-reads "is there an instructor?" at most every 2 s: a page opened just before may still allow it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            await page.GotoAsync(new Uri(site.RootUri, "dockercoins").ToString());
            await page.WaitForInteractiveAsync();
        }
        while (await page.Locator("[data-miner-read-only]").CountAsync() == 0 && DateTime.UtcNow < deadline && await Pause());

        await Assertions.Expect(page.Locator("[data-miner-read-only]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-action='add-worker']")).ToBeDisabledAsync();
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(1_000);
        return true;
    }
}
