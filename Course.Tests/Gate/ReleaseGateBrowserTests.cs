using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Gate;

/// <summary>
/// The release gate in Chromium (issue 16): every page of <see cref="GatePages"/> runs under the site's
/// Content-Security-Policy without a violation and shows hostile text inertly; axe audits each page template (WCAG 2.2
/// A/AA: no violation; best practices: nothing serious or critical) in the light theme, and again in the dark theme
/// with the colour rules (<see cref="AxeOptions.ColourRules"/>: the markup is the same): see <see cref="GatePage.Audit"/>.
/// One site (the gate collection's) and one browser page per visitor for all pages.
/// </summary>
[Collection(GateCollection.Name)]
public sealed class ReleaseGateBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_page_passes_axe_and_reports_no_content_security_policy_violation(string theme)
    {
        var data = await GateData.CreateAsync(site.Services, theme);
        var browsers = new Dictionary<GateVisitor, GateBrowser>();
        var findings = new List<string>();
        // Every page in the light theme; in the dark theme the audited ones.
        foreach (var gatePage in GatePages.All(data).Where(p => theme == "light" || p.Audit))
        {
            if (!browsers.TryGetValue(gatePage.Visitor, out var browser))
            {
                var email = gatePage.Visitor switch
                {
                    GateVisitor.Student => data.StudentEmail,
                    GateVisitor.Instructor => data.InstructorEmail,
                    _ => null,
                };
                browser = browsers[gatePage.Visitor] = await GateBrowser.OpenAsync(chromium, site, theme, email);
            }

            findings.AddRange(await VisitAsync(browser, gatePage, theme));
        }

        Assert.True(findings.Count == 0, $"{findings.Count} finding(s) in the {theme} theme:\n" + string.Join("\n", findings));
    }

    // The audit itself can fail: the gate's zero findings mean nothing if axe never ran.
    [Fact]
    public async Task The_audit_reports_an_unlabelled_field_and_text_too_pale_to_read()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="fr"><head><title>Audit</title></head>
            <body><main><h1>Audit</h1><input type="text"><p style="color:#ddd;background:#fff">Pâle</p></main></body></html>
            """);

        var violations = await page.AuditAsync(AxeOptions.WcagAAWithBestPractices);

        Assert.Equal(["color-contrast", "label"], violations.Select(v => v.Id).Order());
        Assert.Contains(violations, v => v.Nodes.Any(node => node.Target == "input"));
    }

    [Fact]
    public async Task With_the_keyboard_alone_a_reader_opens_every_drawer_entry_answers_a_quiz_and_copies_a_command()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.RootUri.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.RootUri.ToString());
        await page.WaitForInteractiveAsync();
        var keyboard = new KeyboardFocus(page);

        const string Drawer = "nav[aria-label='Chapitres']";
        var entries = await page.Locator($"{Drawer} a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(entries.Length >= ShippedCourse.Content.Chapters.Count + 3, $"the drawer has {entries.Length} entries");
        foreach (var href in entries)
        {
            var address = new Uri(site.RootUri, href).ToString();
            var heading = address == page.Url ? null : await page.Locator("h1").First.TextContentAsync();
            await keyboard.MoveToAsync($"{Drawer} a[href='{href}']");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForAddressAsync(address);
            if (heading is not null)
            {
                // The address changes before the new page's HTML arrives (enhanced navigation): tabbing on towards the
                // next entry, or WaitForInteractiveAsync, must not happen on the page being left.
                await Assertions.Expect(page.Locator("h1").First).Not.ToHaveTextAsync(heading);
            }

            await page.WaitForInteractiveAsync();
        }

        var question = ShippedCourse.Content.AllQuestions[0];
        await keyboard.MoveToAsync($"{Drawer} a[href='chapitres/{question.ChapterSlug}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(new Uri(site.RootUri, $"chapitres/{question.ChapterSlug}").ToString());
        var card = $"[data-question-id='{question.Id}']";
        // The address changes before the chapter's HTML arrives (enhanced navigation): its card first, then its islands.
        await Assertions.Expect(page.Locator(card)).ToBeAttachedAsync();
        await page.WaitForInteractiveAsync();
        foreach (var option in question.CorrectOptionIds)
        {
            var input = $"#quiz-{question.Id}-{option}";
            if (await page.Locator(input).GetAttributeAsync("type") == "radio")
            {
                // Tab enters a radio group once; the arrows then move the choice within it.
                await keyboard.MoveToAsync($"{card} input[type=radio]");
                for (var i = 0; i < 10 && !await page.Locator(input).EvaluateAsync<bool>("e => e === document.activeElement"); i++)
                {
                    await page.Keyboard.PressAsync("ArrowDown");
                }
            }
            else
            {
                await keyboard.MoveToAsync(input);
                await page.Keyboard.PressAsync("Space");
            }

            await Assertions.Expect(page.Locator(input)).ToBeCheckedAsync();
        }

        await keyboard.MoveToAsync($"{card} button[data-quiz-action]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator($"{card} [data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "correct", new() { Timeout = 10_000 });

        await keyboard.MoveToAsync("[data-copy-code]");
        var command = await page.EvaluateAsync<string>("() => document.activeElement.closest('.code-block').querySelector('pre code').textContent");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-copy-code]:focus")).ToContainTextAsync("Copié", new() { Timeout = 10_000 });
        Assert.Equal(command, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        Assert.True(keyboard.InvisibleStops.Count == 0, "focus not visible on:\n" + string.Join("\n", keyboard.InvisibleStops));
    }

    private async Task<IEnumerable<string>> VisitAsync(GateBrowser browser, GatePage gatePage, string theme)
    {
        var page = browser.Page;
        var where = $"{gatePage} [{theme}]";
        var findings = new List<string>();
        var response = await page.GotoAsync(new Uri(site.RootUri, gatePage.Path).ToString());
        if (response is null || await response.HeaderValueAsync("content-security-policy") is null)
        {
            findings.Add($"{where}: no Content-Security-Policy header");
        }

        if (gatePage.Interactive)
        {
            await page.WaitForInteractiveAsync();
        }

        await Assertions.Expect(page.Locator("main#contenu")).ToHaveAttributeAsync("data-theme", theme);
        if (gatePage.Prepare is not null)
        {
            await gatePage.Prepare(page);
        }

        if (gatePage.Audit)
        {
            var violations = await page.AuditAsync(theme == "light" ? AxeOptions.WcagAAWithBestPractices : AxeOptions.ColourRules);
            findings.AddRange(violations.Where(Fails).Select(v => $"{where}: {v}"));
        }
        findings.AddRange((await browser.TakeViolationsAsync()).Select(v => $"{where}: CSP violation: {v}"));
        if (await page.EvaluateAsync<bool>("() => window.__xss !== undefined"))
        {
            findings.Add($"{where}: a hostile name or query ran as script");
        }

        return findings;
    }

    // Any WCAG A/AA violation fails; a best practice fails when axe rates it serious or critical.
    private static bool Fails(AxeViolation violation) =>
        violation.Tags.Any(tag => tag.StartsWith("wcag", StringComparison.Ordinal))
        || violation.Impact is "serious" or "critical";
}
