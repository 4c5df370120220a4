using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>This edition's additions in Chromium: the lab chapter reached from /dockercoins, the guide, the notes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditionBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Fact]
    public async Task The_dockercoins_page_leads_to_the_lab_chapter_which_renders_its_notes_quizzes_and_feedback()
    {
        var lab = ShippedCourse.Content.FindChapter("deployer-dockercoins")!;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "dockercoins").ToString());
        await page.WaitForInteractiveAsync();

        await page.ClickAsync("[data-testid='lab-chapter-link']");
        await page.WaitForAddressAsync(new Uri(site.RootUri, "chapitres/deployer-dockercoins").ToString());
        // An enhanced navigation: the address changes before the chapter's HTML arrives, and until then the DockerCoins
        // page (interactive) is what WaitForInteractiveAsync would see. The chapter's title first, then its islands.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Déployer DockerCoins sur votre cluster");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.Locator("[data-edition-addition]")).ToContainTextAsync("Ajout de cette édition");
        var note = page.GetByRole(AriaRole.Note, new() { Name = "Note de cette édition" }).First;
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note.Locator(".edition-note__title")).ToHaveTextAsync("Note de cette édition");
        await Assertions.Expect(page.Locator("[data-question-id]")).ToHaveCountAsync(lab.Questions.Count());
        await Assertions.Expect(page.Locator("figure.code-block[data-language=bash]").First).ToBeVisibleAsync();

        // The applied question of the plateau: a wrong choice explains itself once checked, not before.
        var card = page.Locator("[data-question-id='lab-plateau-service']");
        await Assertions.Expect(card.Locator("[data-option-feedback]")).ToHaveCountAsync(0);
        await card.GetByLabel("hasher, qui répond en 0,1 s", new() { Exact = true }).CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Assertions.Expect(card.Locator("[role=status] [data-option-feedback]"))
            .ToContainTextAsync("garde le même temps de réponse", new() { Timeout = 10_000 });
        await page.SaveScreenshotAsync("lab-chapter-feedback");
    }

    [Fact]
    public async Task The_instructor_guide_is_one_click_away_in_the_drawer_and_is_not_a_chapter()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.RootUri.ToString());
        await page.WaitForInteractiveAsync();

        await page.ClickAsync("[data-testid='instructor-guide-link']");
        await page.WaitForAddressAsync(new Uri(site.RootUri, "guide-formateur").ToString());

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Guide du formateur");
        await Assertions.Expect(page).ToHaveTitleAsync("Guide du formateur — Découvrir Kubernetes");
        await Assertions.Expect(page.Locator("article[data-guide] table")).ToContainTextAsync("Chapitre 6");
        await Assertions.Expect(page.Locator("a[data-chapter-link='guide-formateur']")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("instructor-guide");
    }
}
