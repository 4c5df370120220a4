using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Gate;

/// <summary>
/// Every page of the site as the release gate visits it. A new page joins every check (axe in both themes, the
/// Content-Security-Policy) by being added here.
/// </summary>
public static class GatePages
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 10_000 };

    public static IReadOnlyList<GatePage> All(GateData data) =>
    [
        new("home", ""),
        // One chapter is audited (the one after a quiz, below): the others share its template.
        .. ShippedCourse.Content.Chapters.Select(chapter => new GatePage("chapter", $"chapitres/{chapter.Slug}", Audit: false)),
        new("instructor guide", "guide-formateur"),
        new("dockercoins", "dockercoins", Prepare: page =>
            Assertions.Expect(page.Locator("[data-hash-rate]")).ToBeVisibleAsync(new() { Timeout = 15_000 })),
        new("cluster", "cluster", Prepare: page =>
            Assertions.Expect(page.Locator("[data-node]")).ToHaveCountAsync(3, new() { Timeout = 10_000 })),
        new("search, no result", "recherche?q=zzxqwv"),
        // Results on the page and the app bar's open list of suggestions over them.
        new("search results", "recherche?q=etcd", Prepare: async page =>
        {
            // Once interactive, the router focuses the page's h1 (FocusOnNavigate): let it first, or it takes the focus
            // from the field mid-typing and the list folds away (it failed so in a loaded CI run: "kube-" typed, list hidden).
            await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'", null, new() { Timeout = 10_000 });
            await page.GetByLabel("Rechercher dans le cours").PressSequentiallyAsync("kube-proxy");
            await Assertions.Expect(page.Locator("[data-search-box] a[data-search-result]").First).ToBeVisibleAsync(Visible);
        }),
        new("search, hostile query", "recherche?q=" + Uri.EscapeDataString(GateData.Hostile), Audit: false, Prepare: page =>
            Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync(GateData.Hostile, new() { Timeout = 10_000 })),
        new("not found", "not-found"),
        new("unknown address", "chapitres/inexistant/page", Audit: false),
        new("join, anonymous", "rejoindre?code=ABCD2345"),
        // The sign-in form after an empty submission: its field errors are checked too.
        new("sign-in", "compte/connexion", Interactive: false, Prepare: async page =>
        {
            await page.Locator("[data-testid=sign-in-submit]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-field-error]").First).ToBeVisibleAsync(Visible);
        }),
        new("sign-up", "compte/inscription", Interactive: false),
        new("password reset", data.ResetLinkPath, Interactive: false, Audit: false),
        new("chapter after a quiz", $"chapitres/{data.Question.ChapterSlug}", GateVisitor.Student, Prepare: page => AnswerAsync(page, data)),
        new("my progress", "progression", GateVisitor.Student),
        new("join", "rejoindre", GateVisitor.Student),
        // The account menu open over a static page.
        new("personal data", "compte/donnees-personnelles", GateVisitor.Student, Interactive: false, Prepare: async page =>
        {
            await page.Locator("[data-testid=account-menu-toggle]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=sign-out]")).ToBeVisibleAsync(Visible);
        }),
        new("access denied", "compte/acces-refuse", GateVisitor.Student, Interactive: false, Audit: false),
        new("instructor home", "formateur", GateVisitor.Instructor),
        // The hostile cohort and student names, shown as text.
        new("cohort dashboard", $"formateur/cohortes/{data.CohortId}", GateVisitor.Instructor, Prepare: async page =>
        {
            await Assertions.Expect(page.Locator("[data-join-code]")).ToBeVisibleAsync(Visible);
            await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(GateData.Hostile);
            await Assertions.Expect(page.Locator($"[data-student='{data.StudentEmail}']")).ToContainTextAsync(GateData.Hostile);
        }),
        new("instructor labs", "formateur/labos", GateVisitor.Instructor),
        new("instructors", "formateur/formateurs", GateVisitor.Instructor, Interactive: false),
    ];

    private static async Task AnswerAsync(IPage page, GateData data)
    {
        var question = data.Question;
        foreach (var option in question.CorrectOptionIds)
        {
            await page.Locator($"#quiz-{question.Id}-{option}").CheckAsync();
        }

        var card = page.Locator($"[data-question-id='{question.Id}']");
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Assertions.Expect(card.Locator("[role=status] [data-save-state]")).ToHaveTextAsync("Enregistré", new() { Timeout = 10_000 });
    }
}
