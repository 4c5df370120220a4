using Microsoft.Playwright;

namespace Course.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for a test collection, driven by Playwright. Playwright's own browser download is
/// never used (the machines cannot fetch it): the package's bundled driver launches /usr/bin/chromium.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // Without the networking flags Chromium keeps dialling Google services that this closed network refuses.
    private static readonly string[] _arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<IBrowser> _otherBrowsers = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started yet.");

    /// <summary>
    /// How long a retrying <c>Expect(...)</c> assertion waits when it names no timeout. Playwright's own default is 5 s:
    /// the suite runs on two loaded cores (CI, other helpers' builds), where a Blazor render after a click, a circuit
    /// start or a live push can take longer than that. A wait is not a bound: an assertion that passes returns as soon as
    /// it holds, and one whose outcome never comes (the defect) still fails, 15 s later.
    /// </summary>
    public const float ExpectTimeoutMilliseconds = 15_000;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: run `apt-get install chromium` (scripts/test.sh does it for you).");
        }

        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = _arguments,
        });
    }

    /// <summary>
    /// A page in a fresh browser context (no cookies, no local storage from other tests), French locale,
    /// 1280×800 unless <paramref name="options"/> says otherwise. It is closed when the test that opened it ends
    /// (<see cref="BrowserTestScope"/>); close <c>page.Context</c> earlier to end a session yourself (e.g. to simulate a
    /// new visit).
    /// </summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        BrowserTestScope.Current?.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Another Chromium with extra switches the shared one must not have (e.g. <c>--force-dark-mode</c>, which stands
    /// for an operating system in dark mode: Playwright's <c>ColorScheme</c> changes the media queries only, not the
    /// <c>Sec-CH-Prefers-Color-Scheme</c> hint the browser sends). The fixture closes it at the end of the collection.
    /// </summary>
    public async Task<IBrowser> LaunchOtherBrowserAsync(params string[] extraArguments)
    {
        var playwright = _playwright ?? throw new InvalidOperationException("Chromium is not started yet.");
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. _arguments, .. extraArguments],
        });
        lock (_otherBrowsers)
        {
            _otherBrowsers.Add(browser);
        }

        return browser;
    }

    public async Task DisposeAsync()
    {
        IBrowser[] others;
        lock (_otherBrowsers)
        {
            others = [.. _otherBrowsers];
        }

        foreach (var other in others)
        {
            await other.CloseAsync();
        }

        IBrowserContext[] contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
