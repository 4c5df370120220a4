using Microsoft.Playwright;

namespace Bench.Shared;

/// <summary>Debian's Chromium, headless, for drivers whose pages stand for viewers watching live pushes.</summary>
internal static class ViewerChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
                // Background pages must apply each render batch at once, or the delay would measure Chromium's throttling.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
            ],
        });
}
