using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// An instructor creates a cohort in the UI, a student in a second browser joins with the code shown and answers, and
/// the instructor's open dashboard shows it without a reload. The student answers with the quiz card in the chapter,
/// as in class.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InstructorDashboardBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{

    [Fact]
    public async Task A_student_joins_with_the_projected_code_answers_and_the_open_dashboard_updates_live()
    {
        var services = site.Services;
        await TestAccounts.CreateInstructorAsync(services, "formatrice@example.org");
        await TestAccounts.CreateStudentAsync(services, "etudiant.live@example.org");
        await using var instructorContext = await chromium.Browser.NewContextAsync();
        await using var studentContext = await chromium.Browser.NewContextAsync();
        await TestAccounts.SignInBrowserAsync(instructorContext, services, site.RootUri, "formatrice@example.org");
        await TestAccounts.SignInBrowserAsync(studentContext, services, site.RootUri, "etudiant.live@example.org");

        // The instructor creates a cohort with the keyboard and lands on its dashboard.
        var instructor = await instructorContext.NewPageAsync();
        await instructor.GotoAsync(new Uri(site.RootUri, "formateur").ToString());
        await instructor.WaitForInteractiveAsync();
        await Assertions.Expect(instructor.Locator("[data-cohorts-empty]")).ToBeVisibleAsync();
        await instructor.GetByLabel("Nom de la cohorte").FillAsync("Atelier Chromium");
        // The counter is rendered by the server: once it reads 16, the circuit has the name.
        await Assertions.Expect(instructor.Locator("[data-cohort-create]")).ToContainTextAsync("16 / 80", new() { Timeout = 10_000 });
        await instructor.GetByLabel("Nom de la cohorte").PressAsync("Enter");
        await instructor.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/formateur/cohortes/[^/]+$"));
        var codeElement = instructor.Locator("[data-join-code]");
        await Assertions.Expect(codeElement).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-HJKMNP-Z2-9]{8}$"), new() { Timeout = 10_000 });
        var code = (await codeElement.TextContentAsync())!;
        await Assertions.Expect(instructor.Locator("[data-dashboard-summary]")).ToContainTextAsync("Aucun étudiant", new() { Timeout = 10_000 });

        // The student types it as people do: lower case, with a dash.
        var student = await studentContext.NewPageAsync();
        await student.GotoAsync(new Uri(site.RootUri, "rejoindre").ToString());
        await student.WaitForInteractiveAsync();
        await student.GetByLabel("Code de la cohorte").FillAsync($"{code[..4].ToLowerInvariant()}-{code[4..]}");
        await student.GetByRole(AriaRole.Button, new() { Name = "Rejoindre" }).ClickAsync();
        await Assertions.Expect(student.Locator("[data-join-status]")).ToContainTextAsync("Bienvenue dans « Atelier Chromium » !", new() { Timeout = 10_000 });

        var row = instructor.Locator("[data-student='etudiant.live@example.org']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-answered", "0", new() { Timeout = 10_000 });

        var question = ShippedCourse.Content.AllQuestions[0];
        await student.GotoAsync(new Uri(site.RootUri, $"chapitres/{question.ChapterSlug}").ToString());
        await student.WaitForInteractiveAsync();
        var card = student.Locator($"[data-question-id='{question.Id}']");
        foreach (var option in question.CorrectOptionIds)
        {
            await student.Locator($"#quiz-{question.Id}-{option}").CheckAsync();
        }

        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Assertions.Expect(card.Locator("[role=status] [data-save-state]")).ToHaveTextAsync("Enregistré", new() { Timeout = 10_000 });

        await Assertions.Expect(row).ToHaveAttributeAsync("data-answered", "1", new() { Timeout = 10_000 });
        await Assertions.Expect(instructor.Locator($"[data-item='{question.Id}']")).ToHaveAttributeAsync("data-facility", "1", new() { Timeout = 10_000 });
        await instructor.SaveScreenshotAsync("instructor-dashboard-live");

        // The chapter's page-cache copy for signed-in readers, which the student's visit rendered: the instructor's own
        // menu and drawer entry come from the circuit, and the student's page shows neither.
        var chapterResponse = await instructor.GotoAsync(new Uri(site.RootUri, $"chapitres/{question.ChapterSlug}").ToString());
        // From the cache (a hit, or a miss when the copy just went stale: either way the shared bytes).
        Assert.NotNull(await chapterResponse!.HeaderValueAsync("x-page-cache"));
        await instructor.WaitForInteractiveAsync();
        await Assertions.Expect(instructor.Locator("[data-testid=account-name]")).ToHaveTextAsync("formatrice@example.org", new() { Timeout = 10_000 });
        await Assertions.Expect(instructor.Locator("[data-testid=instructor-link]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(student.Locator("[data-testid=account-name]")).ToHaveTextAsync("etudiant.live@example.org");
        await Assertions.Expect(student.Locator("[data-testid=instructor-link]")).ToHaveCountAsync(0);

        await instructor.GotoAsync(new Uri(site.RootUri, "formateur").ToString());
        await instructor.WaitForInteractiveAsync();
        await Assertions.Expect(instructor.Locator("[data-cohorts] li")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_offered_sign_in_and_sign_up_and_comes_back_with_the_code()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "rejoindre?code=ABCD2345").ToString());
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.Locator("main#contenu").GetByRole(AriaRole.Link, new() { Name = "Se connecter" }))
            .ToHaveAttributeAsync("href", "compte/connexion?retour=%2Frejoindre%3Fcode%3DABCD2345");
        await Assertions.Expect(page.Locator("main#contenu").GetByRole(AriaRole.Link, new() { Name = "Créer un compte" }))
            .ToHaveAttributeAsync("href", "compte/inscription?retour=%2Frejoindre%3Fcode%3DABCD2345");
    }
}
