using System.Diagnostics;
using System.Net;
using Course.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Course.Tests.Faults;

/// <summary>
/// The DockerCoins Redis stopped, then started again (empty, as a rescheduled pod), while a dashboard is open in
/// Chromium over a real circuit: it shows the outage in French, then resumes by itself with no reload; the site stays
/// ready.
/// The monitor's own timing (outage seen within 2 s) is in HashRateMonitorRedisTests; here the whole path to the screen.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class RedisRestartTests(ChromiumFixture chromium, FaultSite faults, ITestOutputHelper output)
{
    private static readonly PageWaitForFunctionOptions _wait = new() { Timeout = 10_000 };

    [Fact]
    public async Task An_open_dashboard_shows_the_outage_and_resumes_by_itself_when_redis_returns()
    {
        var clock = Stopwatch.StartNew();
        var site = faults.Site;
        await using (var worker = await faults.Redis.ConnectAsync())
        {
            await worker.GetDatabase().StringSetAsync("hashes", 40);
        }

        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "dockercoins").ToString());
        await page.WaitForInteractiveAsync();
        await WaitForAsync(page, "connected", hashes: 40);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: dashboard open");
        await faults.Redis.StopAsync();
        var outage = Stopwatch.StartNew();
        await WaitForAsync(page, "reconnecting", hashes: 40);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Redis ne répond pas");
        output.WriteLine($"outage on the dashboard after {outage.ElapsedMilliseconds} ms");
        using var client = new HttpClient { BaseAddress = site.RootUri };
        using (var ready = await client.GetAsync("readyz"))
        {
            // The students' Redis is informational: its outage must not take the pod out of its Service.
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("dockercoins-redis", await ready.Content.ReadAsStringAsync());
        }

        await faults.Redis.StartAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: Redis started again");
        await using (var worker = await faults.Redis.ConnectAsync())
        {
            await worker.GetDatabase().StringIncrementAsync("hashes", 7);
        }

        await WaitForAsync(page, "connected", hashes: 7);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Redis ne répond pas");
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), "the circuit failed");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: the dashboard resumed");
    }

    private static async Task WaitForAsync(IPage page, string state, long hashes)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "([state, hashes]) => document.querySelector(`[data-connection-state='${state}']`) !== null && " +
                "document.querySelector('[data-total-hashes]')?.dataset.totalHashes === String(hashes)",
                new object[] { state, hashes }, _wait);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"The dashboard did not show {state} with {hashes} hashes within 10 s; it shows: {await page.Locator("main").InnerTextAsync()}", exception);
        }
    }
}
