using Microsoft.Playwright;

namespace Course.Tests.Infrastructure;

[Collection(BrowserCollection.Name)]
public sealed class ChromiumFixtureTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Fact]
    public async Task Chromium_opens_the_live_site_and_its_Blazor_circuit_connects()
    {
        var page = await chromium.NewPageAsync();

        IResponse? response = null;
        var socket = await page.RunAndWaitForWebSocketAsync(async () => response = await page.GotoAsync(site.RootUri.ToString()));

        Assert.Equal(200, response!.Status);
        Assert.Contains("/_blazor", socket.Url);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Blazor === 'object'"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Screenshot_is_a_png_under_TestResults()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync("<html lang='fr'><body><h1>Capture d'écran</h1></body></html>");

        var path = await page.SaveScreenshotAsync("infrastructure-screenshot");

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.StartsWith(Path.Combine(RepositoryPaths.TestResults, "screenshots"), path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        // IHDR width, big-endian at offset 16: the page's 1280-pixel viewport.
        Assert.Equal(1280, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
    }

    [Fact]
    public async Task WaitForInteractive_returns_once_the_page_marks_itself_interactive()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync("""
            <main id="root">prerendered</main>
            <script>setTimeout(() => { root.dataset.interactive = 'true'; root.textContent = 'interactive'; }, 300);</script>
            """);

        await page.WaitForInteractiveAsync();

        Assert.Equal("interactive", await page.TextContentAsync("#root"));
    }

    [Fact]
    public async Task WaitForInteractive_fails_with_the_page_address_when_the_circuit_never_comes()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync("<main>prerendered only</main>");

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => page.WaitForInteractiveAsync(timeoutMilliseconds: 300));

        Assert.Contains("never became interactive", exception.Message);
    }
}
