using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class QuizBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Fact]
    public async Task A_student_answers_wrong_then_right_sees_the_explanation_and_the_score_and_finds_them_after_a_reload()
    {
        var chapter = ShippedCourse.Content.FindChapter("introduction")!;
        var total = chapter.Questions.Count();
        var question = ShippedCourse.Content.FindQuestion("intro-worker-redis")!;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();
        var card = page.Locator("[data-question-id='intro-worker-redis']");
        var score = page.Locator("[data-self-assessment='introduction'] [data-score]");
        var firstTry = page.Locator("[data-self-assessment='introduction'] [data-first-try-score]");
        await Assertions.Expect(score).ToHaveTextAsync($"0/{total}");

        // Wrong: pick "only webui writes" with the mouse and check.
        await card.GetByLabel("Rien : seul webui écrit dans redis", new() { Exact = true }).CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();

        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "incorrect");
        await Assertions.Expect(card.Locator("[role=status]")).ToContainTextAsync("Réponse incorrecte.");
        // A first wrong try keeps the key and the explanation hidden: "Réessayer" must not be trivial.
        await Assertions.Expect(card.Locator(".quiz-card__explanation")).ToHaveCountAsync(0);
        await Assertions.Expect(card.Locator("[data-verdict='correct']")).ToHaveCountAsync(0);
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Voir la réponse" })).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("[role=status] [data-option-feedback]"))
            .ToContainTextAsync("webui interroge redis, il n'y écrit pas");
        await Assertions.Expect(card.GetByRole(AriaRole.Link, new() { Name = "Revoir : Quelle est cette application ?" }))
            .ToHaveAttributeAsync("href", "chapitres/introduction#quelle-est-cette-application");
        await Assertions.Expect(page.Locator("[data-self-assessment='introduction'] [data-to-review] a"))
            .ToHaveTextAsync(question.Concept);
        await page.SaveScreenshotAsync("quiz-wrong-answer");

        // Retry, then answer right with the keyboard only: Space selects the focused radio, Enter checks.
        await card.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveCountAsync(0);
        var rng = card.GetByLabel("Chaque seconde, il y note le nombre de boucles faites", new() { Exact = true });
        await Assertions.Expect(rng).ToBeEnabledAsync();
        await rng.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(rng).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "correct");
        await Assertions.Expect(card.Locator("[role=status]")).ToContainTextAsync("Bonne réponse !");
        await Assertions.Expect(card.Locator(".quiz-card__explanation")).ToContainTextAsync("met à jour redis avec le nombre de boucles faites");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Réessayer" })).ToBeFocusedAsync();
        await Assertions.Expect(score).ToHaveTextAsync($"1/{total}");
        await Assertions.Expect(firstTry).ToHaveTextAsync($"0/{total}");
        await page.SaveScreenshotAsync("quiz-right-answer");

        // The answer survives a reload: graded again on the server once the circuit reads the browser's storage.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "correct");
        await Assertions.Expect(card.GetByLabel("Chaque seconde, il y note le nombre de boucles faites", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(score).ToHaveTextAsync($"1/{total}");
        await Assertions.Expect(firstTry).ToHaveTextAsync($"0/{total}");
    }

    [Fact]
    public async Task Two_wrong_tries_reveal_the_key_and_the_explanation()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();
        var card = page.Locator("[data-question-id='intro-worker-redis']");

        var wrong = card.GetByLabel("Rien : seul webui écrit dans redis", new() { Exact = true });
        await wrong.CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveAttributeAsync("data-answer-state", "incorrect");
        await Assertions.Expect(card.Locator("[data-verdict='correct']")).ToHaveCountAsync(0);
        await card.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync();
        // "Réessayer" clears the choice on the server. Until that render arrives the option is still ticked, and
        // checking it again would do nothing: "Vérifier" would then be pressed with no choice at all.
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveCountAsync(0);
        await Assertions.Expect(wrong).Not.ToBeCheckedAsync();
        await wrong.CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();

        await Assertions.Expect(card.Locator("[data-verdict='correct']")).ToHaveCountAsync(1);
        await Assertions.Expect(card.Locator("[data-verdict='correct']")).ToContainTextAsync("Bonne réponse (non choisie)");
        await Assertions.Expect(card.Locator(".quiz-card__explanation")).ToContainTextAsync("met à jour redis avec le nombre de boucles faites");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Voir la réponse" })).ToHaveCountAsync(0);
    }
}
