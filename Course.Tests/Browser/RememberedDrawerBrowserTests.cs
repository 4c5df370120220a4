using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// The drawer as the reader left it, from the first frame of the server's HTML, through the circuit's first render (which
/// on interactive pages replaces that HTML), until a while after.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RememberedDrawerBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    // Runs before the page's own scripts: remembers the reader's choice (as site.js would have), then looks at every
    // frame about to be painted (requestAnimationFrame), so what is recorded is what the reader saw, not DOM states
    // that never reached the screen.
    private const string FrameSampler = """
        remembered => {
            if (location.protocol !== "http:") return;
            localStorage.setItem("course.drawer", remembered);
            const frames = [];
            window.drawerFrames = frames;
            const sample = () => {
                const layout = document.querySelector(".mud-layout");
                const drawer = layout?.querySelector(".mud-drawer");
                const main = document.querySelector("main#contenu");
                if (drawer && main) {
                    const rect = drawer.getBoundingClientRect();
                    frames.push({
                        ClassOpen: drawer.classList.contains("mud-drawer--open"),
                        Visible: rect.right > 0.5 && getComputedStyle(drawer).display !== "none",
                        ContentLeft: Math.round(main.getBoundingClientRect().left),
                        Styled: [...document.styleSheets].some(sheet => !sheet.disabled && sheet.href?.includes("/app.")),
                        Interactive: layout.getAttribute("data-interactive") === "true"
                            || (layout.hasAttribute("data-static-layout") && layout.querySelector("[data-interactive='true']") !== null),
                    });
                }
                if (!window.drawerSamplingDone) requestAnimationFrame(sample);
            };
            requestAnimationFrame(sample);
        }
        """;

    [Theory]
    [InlineData("")]
    [InlineData("recherche?q=pod")]
    [InlineData("chapitres/introduction")]
    public async Task A_drawer_the_reader_closed_stays_closed_on_every_frame_and_the_text_never_moves(string path)
    {
        var page = await chromium.NewPageAsync();

        var frames = await SampleDrawerAsync(page, path, "closed");

        AssertClosedThroughout(frames, path);
    }

    [Fact]
    public async Task A_drawer_the_reader_closed_stays_closed_on_every_frame_of_Ma_progression_for_a_signed_in_reader()
    {
        const string email = "browser-drawer@example.org";
        await TestAccounts.CreateStudentAsync(site.Services, email);
        var page = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(page.Context, site.Services, site.RootUri, email);

        var frames = await SampleDrawerAsync(page, "progression", "closed");

        AssertClosedThroughout(frames, "progression");
        await Assertions.Expect(page.Locator("[data-testid=account-name]")).ToHaveTextAsync(email);
    }

    [Fact]
    public async Task A_drawer_the_reader_left_open_stays_open_on_every_frame_and_the_toggle_still_closes_it()
    {
        var page = await chromium.NewPageAsync();

        var frames = await SampleDrawerAsync(page, "", "open");

        Assert.All(frames, frame => Assert.True(frame.ClassOpen && frame.Visible && frame.Styled, Describe(frames)));
        Assert.Single(frames.Select(frame => frame.ContentLeft).Distinct());
        Assert.True(frames[0].ContentLeft >= 300, Describe(frames));

        var chapterLink = page.Locator("a[data-chapter-link='concepts-kubernetes']");
        await Assertions.Expect(chapterLink).ToBeInViewportAsync();
        await page.ClickAsync("[data-testid='drawer-toggle']");
        await Assertions.Expect(chapterLink).Not.ToBeInViewportAsync();
        Assert.Equal("closed", await page.EvaluateAsync<string>("() => localStorage.getItem('course.drawer')"));
    }

    [Fact]
    public async Task A_drawer_the_reader_closed_stays_closed_when_a_chapter_links_to_the_home_page()
    {
        // From a chapter, the home page is a page load (js/static-layout.js): its prerendered HTML has the drawer open until
        // the remembered choice closes it, then its circuit renders the layout.
        var page = await chromium.NewPageAsync();
        await page.AddInitScriptAsync($"({FrameSampler})('closed')");
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();
        await page.EvaluateAsync("() => { window.drawerFrames.length = 0; }");

        await page.Locator("a.app-title").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-layout[data-interactive='true']")).ToBeAttachedAsync();

        AssertClosedThroughout(await SampledFramesAsync(page), "(from a chapter)");
    }

    // Loads the page with the reader's choice remembered and samples every frame until the circuit has rendered the
    // layout and for a while after (the old code closed the drawer only once the circuit's first render was on screen).
    private async Task<IReadOnlyList<DrawerFrame>> SampleDrawerAsync(IPage page, string path, string remembered)
    {
        await page.AddInitScriptAsync($"({FrameSampler})('{remembered}')");

        await page.GotoAsync(new Uri(site.RootUri, path).ToString());
        await page.WaitForInteractiveAsync();
        return await SampledFramesAsync(page);
    }

    private static async Task<IReadOnlyList<DrawerFrame>> SampledFramesAsync(IPage page)
    {
        // A while after the circuit is up: 120 more frames, about two seconds at 60 a second (longer on a loaded
        // machine, which paints fewer).
        var sampled = await page.EvaluateAsync<int>("() => window.drawerFrames.length");
        await page.WaitForFunctionAsync(
            $"() => window.drawerFrames.length >= {sampled + 120}", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        await page.EvaluateAsync("() => { window.drawerSamplingDone = true; }");

        var frames = await page.EvaluateAsync<DrawerFrame[]>("() => window.drawerFrames");
        // Frames of the server's HTML, then of the circuit's layout: both sides of the first interactive render.
        Assert.Contains(frames, frame => !frame.Interactive);
        Assert.Contains(frames, frame => frame.Interactive);
        return frames;
    }

    private static void AssertClosedThroughout(IReadOnlyList<DrawerFrame> frames, string path)
    {
        // A frame without the site's stylesheets shows no drawer state at all, only an unstyled page (StyledNavigationBrowserTests).
        Assert.True(frames.All(frame => frame.Styled), $"/{path}: a frame was painted unstyled. {Describe(frames)}");
        Assert.False(frames.Any(frame => frame.ClassOpen || frame.Visible), $"/{path}: the drawer showed open. {Describe(frames)}");
        Assert.True(frames.Select(frame => frame.ContentLeft).Distinct().Count() == 1, $"/{path}: the text moved. {Describe(frames)}");
        Assert.True(frames[0].ContentLeft < 300, $"/{path}: {Describe(frames)}");
    }

    // Runs of identical frames, e.g. "12× open visible left 300 prerendered, 40× closed hidden left 0 interactive".
    private static string Describe(IReadOnlyList<DrawerFrame> frames)
    {
        var runs = new List<(string State, int Count)>();
        foreach (var frame in frames)
        {
            var state = $"{(frame.Styled ? "" : "unstyled ")}{(frame.ClassOpen ? "open" : "closed")} {(frame.Visible ? "visible" : "hidden")} left {frame.ContentLeft} {(frame.Interactive ? "interactive" : "prerendered")}";
            if (runs.Count > 0 && runs[^1].State == state)
            {
                runs[^1] = (state, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((state, 1));
            }
        }

        return "Frames: " + string.Join(", ", runs.Select(run => $"{run.Count}× {run.State}"));
    }

    private sealed class DrawerFrame
    {
        public bool ClassOpen { get; set; }

        public bool Visible { get; set; }

        public double ContentLeft { get; set; }

        public bool Styled { get; set; }

        public bool Interactive { get; set; }
    }
}
