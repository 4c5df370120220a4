using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Search;

[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    private const string NodesSection = "/chapitres/architecture-introduction#les-noeuds-kubernetes";
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 10_000 };

    [Fact]
    public async Task Typing_noeud_in_the_app_bar_and_opening_the_result_shows_the_chapter_3_section_on_nodes()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.RootUri.ToString());
        await page.WaitForInteractiveAsync();

        await page.GetByLabel("Rechercher dans le cours").PressSequentiallyAsync("noeud");
        // The section comes first; its quiz questions link to the same place after it.
        var result = page.Locator($"[data-search-box] a[data-search-result][href='{NodesSection}']").First;
        await Assertions.Expect(result).ToBeVisibleAsync(Visible);
        await Assertions.Expect(page.Locator("[data-search-box] [role=status]"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex("résultats? pour « noeud »"), new() { Timeout = 10_000 });
        await page.SaveScreenshotAsync("search-noeud-results");

        await result.ClickAsync();

        await page.WaitForAddressAsync(new Uri(site.RootUri, NodesSection).ToString());
        await Assertions.Expect(page.Locator("#les-noeuds-kubernetes")).ToBeInViewportAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("[data-search-panel]")).ToBeHiddenAsync(new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task Keyboard_only_slash_focuses_the_field_arrows_reach_the_results_escape_returns_enter_opens()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/architecture-maitre").ToString());
        await page.WaitForInteractiveAsync();
        var field = page.GetByLabel("Rechercher dans le cours");

        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("kubelet");
        var results = page.Locator("[data-search-box] a[data-search-result]");
        await Assertions.Expect(results.First).ToBeVisibleAsync(Visible);
        // Several sections: the panel is rendered per keystroke, so the first result may belong to "kub"; wait for two.
        await Assertions.Expect(results.Nth(1)).ToBeVisibleAsync(Visible);

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(results.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(results.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await Assertions.Expect(field).ToHaveValueAsync("kubelet");

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(results.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("[data-search-panel]")).ToBeHiddenAsync(new() { Timeout = 10_000 });

        await page.Keyboard.TypeAsync(" ");
        await Assertions.Expect(results.First).ToBeVisibleAsync(Visible);
        var href = await results.First.GetAttributeAsync("href");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(new Uri(site.RootUri, href).ToString());
    }

    [Fact]
    public async Task Slash_typed_in_a_text_field_stays_in_that_field()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "recherche").ToString());
        await page.WaitForInteractiveAsync();
        var pageField = page.GetByLabel("Mots recherchés");
        // Once interactive, the router focuses the page's h1 (FocusOnNavigate): let it, so it cannot take the focus back.
        await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'", null, new() { Timeout = 10_000 });

        await pageField.FocusAsync();
        await page.Keyboard.TypeAsync("etcd/raft");

        await Assertions.Expect(pageField).ToBeFocusedAsync();
        await Assertions.Expect(pageField).ToHaveValueAsync("etcd/raft");
        await Assertions.Expect(page.GetByLabel("Rechercher dans le cours")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Without_javascript_the_app_bar_form_and_the_search_page_still_find_sections()
    {
        var page = await chromium.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "fr-FR" });
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());

        await page.GetByLabel("Rechercher dans le cours").FillAsync("noeud");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForAddressAsync(new Uri(site.RootUri, "recherche?q=noeud").ToString());
        await Assertions.Expect(page.Locator($"main a[data-search-result][href='{NodesSection}']").First).ToBeVisibleAsync(Visible);

        await page.GetByLabel("Mots recherchés").FillAsync("kublet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.WaitForAddressAsync(new Uri(site.RootUri, "recherche?q=kublet").ToString());
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Aucun résultat pour « kublet ».");
        await Assertions.Expect(page.Locator("main a[data-search-suggestion]", new() { HasText = "kubelet" })).ToBeVisibleAsync(Visible);
    }
}
