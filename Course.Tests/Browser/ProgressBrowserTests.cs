using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ProgressBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Fact]
    public async Task A_signed_in_student_sees_Enregistre_finds_the_answer_after_a_reload_reads_to_the_end_and_sees_it_all_in_Ma_progression()
    {
        const string email = "browser-progress@example.org";
        await TestAccounts.CreateStudentAsync(site.Services, email);
        var chapter = ShippedCourse.Content.FindChapter("introduction")!;
        var total = chapter.Questions.Count();
        var page = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(page.Context, site.Services, site.RootUri, email);
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();
        var question = chapter.Questions.First(q => q.CorrectOptionIds.Count == 1);
        var right = page.Locator($"#quiz-{question.Id}-{question.CorrectOptionIds.Single()}");
        var card = page.Locator($"[data-question-id='{question.Id}']");
        var saved = card.Locator("[role=status] [data-save-state]");

        await right.CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();

        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "correct");
        await Assertions.Expect(saved).ToHaveTextAsync("Enregistré", new() { Timeout = 10_000 });
        await page.SaveScreenshotAsync("progress-answer-saved");

        // Reload: the page comes from the cache's copy for signed-in readers (rendered as nobody), the circuit puts the
        // student's own menu in it, and the answer comes back from the database, graded again.
        var reloaded = await page.ReloadAsync();
        // From the cache (a hit, or a miss when the copy just went stale: either way the shared bytes).
        Assert.NotNull(await reloaded!.HeaderValueAsync("x-page-cache"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=account-name]")).ToHaveTextAsync(email, new() { Timeout = 10_000 });
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "correct", new() { Timeout = 10_000 });
        await Assertions.Expect(right).ToBeCheckedAsync();
        await Assertions.Expect(saved).ToHaveTextAsync("Enregistré");

        // Reaching the end of the chapter body marks it read; the drawer says so in words.
        var finish = page.Locator("button[data-chapter-finish]");
        await Assertions.Expect(finish).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await page.Locator("[data-chapter-end]").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(page.Locator("[data-chapter-end] [role=status]")).ToContainTextAsync("Chapitre lu", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("[data-chapter-link='introduction'] [data-chapter-state]")).ToHaveTextAsync("lu");

        await page.GotoAsync(new Uri(site.RootUri, "progression").ToString());
        await page.WaitForInteractiveAsync();
        var line = page.Locator("[data-progress-chapter='introduction']");
        await Assertions.Expect(line.Locator("[data-answered]")).ToHaveTextAsync($"1/{total}", new() { Timeout = 10_000 });
        await Assertions.Expect(line).ToHaveAttributeAsync("data-standing", "read");
        await Assertions.Expect(line.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Avancement du chapitre 1"));
        await page.SaveScreenshotAsync("progress-page");
    }

    [Fact]
    public async Task The_finish_button_marks_a_chapter_read_for_a_signed_in_student()
    {
        const string email = "browser-finish@example.org";
        await TestAccounts.CreateStudentAsync(site.Services, email);
        var page = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(page.Context, site.Services, site.RootUri, email);
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/concepts-kubernetes").ToString());
        await page.WaitForInteractiveAsync();

        // Clicked where it is, without scrolling: scrolling to it would show the end sentinel, which marks the chapter first.
        var finish = page.GetByRole(AriaRole.Button, new() { Name = "J'ai terminé ce chapitre" });
        await Assertions.Expect(finish).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("[data-chapter-end] [role=status]")).Not.ToContainTextAsync("Chapitre lu");
        await finish.DispatchEventAsync("click");

        await Assertions.Expect(page.Locator("[data-chapter-end] [role=status]")).ToContainTextAsync("Chapitre lu", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("[data-chapter-link='concepts-kubernetes'] [data-chapter-state]")).ToHaveTextAsync("lu");
    }
}
