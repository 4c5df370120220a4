using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>What a reader notices on a phone, a laptop, in dark mode and with the keyboard (issue 12).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderPolishBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 900 };

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Keyboard_focus_draws_a_visible_outline_on_links_buttons_the_drawer_and_code(string theme)
    {
        var page = await OpenAsync("chapitres/introduction", Laptop, theme);
        await page.Keyboard.PressAsync("Tab");

        string[] targets =
        [
            "a[data-chapter-link='concepts-kubernetes']",
            ".chapter-toc a[data-toc-target]",
            "button[data-quiz-action]",
            ".chapter-body pre",
            "a[rel='next']",
            "[data-testid='theme-toggle']",
        ];
        foreach (var selector in targets)
        {
            var element = page.Locator(selector).First;
            await element.FocusAsync();
            var outline = await element.EvaluateAsync<string[]>(
                "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, String(e.matches(':focus-visible'))]; }");
            Assert.True(outline[2] == "true", $"{selector} ({theme}) is not :focus-visible");
            Assert.True(outline[0] is "solid" or "auto", $"{selector} ({theme}) has outline-style {outline[0]}");
            Assert.True(float.Parse(outline[1].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2,
                $"{selector} ({theme}) has outline-width {outline[1]}");
        }
    }

    [Fact]
    public async Task The_table_of_contents_marks_the_section_being_read_and_is_folded_on_a_phone()
    {
        var page = await OpenAsync("chapitres/architecture-noeuds", Laptop);
        var toc = page.Locator(".chapter-toc details");
        await Assertions.Expect(toc).ToHaveJSPropertyAsync("open", true);
        var kubeProxy = page.Locator(".chapter-toc a[data-toc-target='kube-proxy']");
        await Assertions.Expect(kubeProxy).Not.ToHaveAttributeAsync("aria-current", "location");

        await page.EvaluateAsync("document.getElementById('kube-proxy').scrollIntoView()");

        await Assertions.Expect(kubeProxy).ToHaveAttributeAsync("aria-current", "location", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator(".chapter-toc a[aria-current]")).ToHaveCountAsync(1);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await Assertions.Expect(kubeProxy).Not.ToHaveAttributeAsync("aria-current", "location", new() { Timeout = 10_000 });

        var phone = await OpenAsync("chapitres/architecture-noeuds", Phone);
        var phoneToc = phone.Locator(".chapter-toc details");
        await Assertions.Expect(phoneToc).ToHaveJSPropertyAsync("open", false);
        await Assertions.Expect(phone.Locator(".chapter-toc a[data-toc-target='kube-proxy']")).Not.ToBeVisibleAsync();
        await phone.Locator(".chapter-toc summary").ClickAsync();
        await Assertions.Expect(phone.Locator(".chapter-toc a[data-toc-target='kube-proxy']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_heading_permalink_shows_on_focus_copies_the_section_address_and_is_announced()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", ViewportSize = Laptop });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.RootUri.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();

        var permalink = page.Locator("#quelle-est-cette-application a[data-permalink]");
        Assert.Equal("0", await permalink.EvaluateAsync<string>("e => getComputedStyle(e).opacity"));
        await page.Keyboard.PressAsync("Tab");
        await permalink.FocusAsync();
        Assert.Equal("1", await permalink.EvaluateAsync<string>("e => getComputedStyle(e).opacity"));
        await Assertions.Expect(permalink).ToHaveAccessibleNameAsync("Copier le lien de cette section");

        await page.Keyboard.PressAsync("Enter");

        var expected = new Uri(site.RootUri, "chapitres/introduction#quelle-est-cette-application").ToString();
        await Assertions.Expect(page.Locator("#course-announcer[role=status]")).ToHaveTextAsync("Lien de la section copié !");
        Assert.Equal(expected, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Equal(expected, page.Url);

        // The code blocks' "Copié !" is announced by the same live region.
        await page.Locator("figure.code-block button[data-copy-code]").First.ClickAsync();
        await Assertions.Expect(page.Locator("#course-announcer")).ToHaveTextAsync("Copié !");
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_a_long_code_line_fades_at_the_edge_and_wraps_on_request()
    {
        var page = await OpenAsync("chapitres/introduction", Phone);
        var overflowing = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.chapter-body pre')].findIndex(p => p.scrollWidth > p.clientWidth + 1)");
        Assert.True(overflowing >= 0, "no code block overflows on a phone");
        var pre = page.Locator(".chapter-body pre").Nth(overflowing);
        Assert.Contains("linear-gradient", await pre.EvaluateAsync<string>("p => getComputedStyle(p).backgroundImage"));

        var wrap = page.Locator(".chapter-body figure.code-block").Nth(overflowing).Locator("button[data-wrap-code]");
        await Assertions.Expect(wrap).ToHaveAttributeAsync("aria-pressed", "false");
        await wrap.ClickAsync();

        await Assertions.Expect(wrap).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await pre.EvaluateAsync<bool>("p => p.scrollWidth <= p.clientWidth + 1"), "the wrapped block still overflows");
    }

    [Fact]
    public async Task Chapters_are_served_with_french_spacing_highlighted_code_and_permalinks_and_read_at_16px_and_about_70_characters()
    {
        using var client = new HttpClient { BaseAddress = site.RootUri };
        var html = await client.GetStringAsync("chapitres/introduction");

        Assert.Contains("\u202F?", html);
        Assert.Contains("\u202F:", html);
        Assert.Contains("<span class=\"hl-", html);
        Assert.Contains("href=\"chapitres/introduction#quelle-est-cette-application\" data-permalink", html);

        var page = await OpenAsync("chapitres/introduction", Laptop);
        var measure = await page.Locator(".chapter-body > section p").First.EvaluateAsync<double[]>("""
            p => {
                const style = getComputedStyle(p);
                const context = document.createElement('canvas').getContext('2d');
                context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
                const sample = p.closest('.chapter-body').innerText.replace(/\s+/g, ' ').slice(0, 4000);
                const average = context.measureText(sample).width / sample.length;
                return [parseFloat(style.fontSize), p.clientWidth / average];
            }
            """);
        Assert.Equal(16, measure[0]);
        Assert.InRange(measure[1], 62, 80);
    }

    [Fact]
    public async Task The_drawer_stays_closed_after_a_reload_once_closed_and_the_text_lines_up_with_the_title()
    {
        var page = await OpenAsync("chapitres/introduction", Laptop);
        var drawerLink = page.Locator("a[data-chapter-link='concepts-kubernetes']");
        await Assertions.Expect(drawerLink).ToBeInViewportAsync();

        await page.ClickAsync("[data-testid='drawer-toggle']");
        await Assertions.Expect(drawerLink).Not.ToBeInViewportAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(drawerLink).Not.ToBeInViewportAsync(new() { Timeout = 10_000 });
        var titleLeft = await page.Locator(".chapter-header h1").EvaluateAsync<double>("e => e.getBoundingClientRect().left");
        var textLeft = await page.Locator(".chapter-body").EvaluateAsync<double>("e => e.getBoundingClientRect().left");
        Assert.InRange(textLeft - titleLeft, -1, 1);

        await page.ClickAsync("[data-testid='drawer-toggle']");
        await Assertions.Expect(drawerLink).ToBeInViewportAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(drawerLink).ToBeInViewportAsync();
    }

    [Fact]
    public async Task The_dockercoins_chart_spans_the_page_with_readable_ticks_and_a_named_slider()
    {
        var page = await OpenAsync("dockercoins", Laptop);
        await Assertions.Expect(page).ToHaveTitleAsync("DockerCoins en direct — Découvrir Kubernetes");
        var chart = page.Locator("[data-hash-rate-chart] svg").First;
        await Assertions.Expect(chart).ToBeVisibleAsync(new() { Timeout = 15_000 });

        // What is drawn, not the svg box: a fixed viewBox would draw a narrow strip in the middle of a wide box.
        await page.WaitForFunctionAsync("""
            () => {
                const svg = document.querySelector('[data-hash-rate-chart] svg');
                const drawn = [...svg.querySelectorAll('path')].map(p => p.getBoundingClientRect()).filter(r => r.width > 0);
                const width = Math.max(...drawn.map(r => r.right)) - Math.min(...drawn.map(r => r.left));
                return width >= 0.8 * (document.querySelector('.dockercoins').clientWidth - 48);
            }
            """, null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-hash-rate-chart] svg path").First).ToBeAttachedAsync();
        var yTicks = await page.Locator("[data-hash-rate-chart] svg text").AllTextContentsAsync();
        Assert.True(yTicks.Count(t => int.TryParse(t.Trim(), out _)) >= 3, "y axis ticks: " + string.Join(", ", yTicks));
        await Assertions.Expect(page.GetByRole(AriaRole.Slider, new() { Name = "Nombre de workers" })).ToBeVisibleAsync();

        var phone = await OpenAsync("dockercoins", Phone);
        var rate = phone.Locator("[data-hash-rate]");
        await Assertions.Expect(rate).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var lines = await rate.EvaluateAsync<double>(
            "e => { const h = e.parentElement; return h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight); }");
        Assert.True(lines < 1.5, $"the hash rate takes {lines:0.0} lines on a phone");
        var padding = await phone.Locator(".dockercoins h1").EvaluateAsync<double>("e => e.getBoundingClientRect().left");
        Assert.True(padding >= 12, $"the heading starts {padding} px from the edge");
    }

    private async Task<IPage> OpenAsync(string path, ViewportSize size, string theme = "light")
    {
        var page = await chromium.NewPageAsync(new BrowserNewContextOptions { Locale = "fr-FR", ViewportSize = size });
        if (theme == "dark")
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "course-theme", Value = "dark", Url = site.RootUri.ToString() }]);
        }

        await page.GotoAsync(new Uri(site.RootUri, path).ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("main#contenu")).ToHaveAttributeAsync("data-theme", theme);
        return page;
    }
}
