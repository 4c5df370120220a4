using System.Globalization;
using Microsoft.Playwright;

namespace ClassroomLoad;

/// <summary>
/// The one Chromium the students share, launched to cost the machine little: one browser context for every student,
/// each on a host name of its own (<c>s007.localhost</c> → the site's address, so each keeps its own host-only
/// cookies), pages sharing at most <see cref="RendererLimit"/> renderer processes (site isolation off), no GPU
/// process, no images. On a 2-core machine shared with the site, 50 contexts meant 50+ renderer processes and the
/// clients, not the site, set the pace (docs/benchmarks.md, classroom load, session 12).
/// </summary>
internal static class ChromiumStudents
{
    /// <summary>Renderer processes for all the students' pages (CHROMIUM_RENDERERS, default 2: one per core).</summary>
    public static int RendererLimit { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("CHROMIUM_RENDERERS"), CultureInfo.InvariantCulture, out var limit) ? limit : 2;

    /// <summary>More Chromium flags, separated by spaces (CHROMIUM_ARGS): to measure one against the defaults.</summary>
    public static string[] ExtraArgs { get; } =
        (Environment.GetEnvironmentVariable("CHROMIUM_ARGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, Uri site) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage",
                $"--renderer-process-limit={RendererLimit}",
                "--disable-site-isolation-trials",
                "--disable-features=site-per-process,IsolateOrigins",
                "--blink-settings=imagesEnabled=false",
                $"--host-resolver-rules=MAP *.localhost {site.Host}",
                .. ExtraArgs,
            ],
        });

    /// <summary>The site as student <paramref name="index"/> reaches it: same port, a host name of its own.</summary>
    public static Uri OriginOf(Uri site, int index) =>
        new UriBuilder(site) { Host = string.Create(CultureInfo.InvariantCulture, $"s{index:000}.localhost") }.Uri;
}
