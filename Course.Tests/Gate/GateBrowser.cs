using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Gate;

/// <summary>
/// A visitor's page for the release gate: the theme cookie, the sign-in cookie of its account, and a record of every
/// Content-Security-Policy violation the browser reports (the securitypolicyviolation event and the console).
/// </summary>
internal sealed class GateBrowser
{
    // An init script runs before the page's own scripts, outside the page's CSP.
    private const string ViolationRecorder =
        "window.__cspViolations = [];"
        + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
        + "`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));";

    private readonly List<string> _consoleViolations = [];

    private GateBrowser(IPage page) => Page = page;

    public IPage Page { get; }

    public static async Task<GateBrowser> OpenAsync(
        ChromiumFixture chromium, LiveSiteFactory site, string theme, string? email)
    {
        var page = await chromium.NewPageAsync();
        var origin = site.RootUri.GetLeftPart(UriPartial.Authority) + "/";
        await page.Context.AddCookiesAsync([new Cookie { Name = "course-theme", Value = theme, Url = origin }]);
        if (email is not null)
        {
            await TestAccounts.SignInBrowserAsync(page.Context, site.Services, site.RootUri, email);
        }

        await page.Context.AddInitScriptAsync(ViolationRecorder);
        var browser = new GateBrowser(page);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (browser._consoleViolations)
                {
                    browser._consoleViolations.Add(message.Text);
                }
            }
        };
        return browser;
    }

    /// <summary>The violations reported since the last call: the open document's events and the console's messages.</summary>
    public async Task<IReadOnlyList<string>> TakeViolationsAsync()
    {
        var events = await Page.EvaluateAsync<string[]>("() => { const v = window.__cspViolations ?? []; window.__cspViolations = []; return v; }");
        lock (_consoleViolations)
        {
            string[] all = [.. events, .. _consoleViolations];
            _consoleViolations.Clear();
            return all;
        }
    }
}
