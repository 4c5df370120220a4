using System.Text.Json;
using Course.Tests.Infrastructure;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>A student whose saved answers were encrypted by another key ring (a container restarted without its keys).</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuizKeyRingBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Fact]
    public async Task Answers_from_another_key_ring_are_set_aside_the_student_is_told_and_a_new_answer_overwrites_nothing()
    {
        // The answers as the previous server saved them, in this browser.
        var previousRing = new EphemeralDataProtectionProvider();
        var previousBrowser = new InMemoryLocalStorage();
        await new ProtectedQuizAnswerStore(new ProtectedLocalStorage(previousBrowser, previousRing), previousBrowser)
            .SaveAsync(new StoredQuizAnswers("anon:avant", new()
            {
                ["intro-worker-redis"] = new QuizAnswerState(["d"], 1, true, true),
            }));
        var saved = previousBrowser.Items[ProtectedQuizAnswerStore.Key];

        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.EvaluateAsync("([key, value]) => localStorage.setItem(key, value)", new[] { ProtectedQuizAnswerStore.Key, saved });
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        var notice = page.Locator("[data-self-assessment='introduction'] [data-saved-answers-set-aside]");
        await Assertions.Expect(notice).ToContainTextAsync("n’ont pas pu être relues", new() { Timeout = 10_000 });
        await Assertions.Expect(notice).ToContainTextAsync("Elles ne sont pas effacées");
        await page.SaveScreenshotAsync("quiz-answers-set-aside");

        // A new answer is saved normally...
        var card = page.Locator("[data-question-id='intro-worker-redis']");
        await card.GetByLabel("Chaque seconde, il y note le nombre de boucles faites", new() { Exact = true }).CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "correct");

        // ...and the previous answers are still in the browser, byte for byte, readable by their own ring.
        var storage = await page.EvaluateAsync<Dictionary<string, string>>("() => ({ ...localStorage })");
        Assert.NotEqual(saved, storage[ProtectedQuizAnswerStore.Key]);
        var asideKey = Assert.Single(JsonSerializer.Deserialize<string[]>(storage[ProtectedQuizAnswerStore.AsideIndexKey])!);
        Assert.Equal(saved, storage[asideKey]);

        var backBrowser = new InMemoryLocalStorage();
        foreach (var (key, value) in storage)
        {
            backBrowser.Items[key] = value;
        }

        var back = await new ProtectedQuizAnswerStore(new ProtectedLocalStorage(backBrowser, previousRing), backBrowser).LoadAsync();
        Assert.Equal("anon:avant", back!.StudentId);
        Assert.Equal(["d"], back.Answers["intro-worker-redis"].Selected);
        await page.Context.CloseAsync();
    }
}
