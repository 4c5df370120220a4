using Bunit;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Instructor.Dashboard;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Components.Account.PasswordReset;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Course.Tests.Instructor;

/// <summary>The dashboard's components rendered with bUnit on hand-made dashboards.</summary>
public sealed class DashboardComponentTests : ComponentTestContext, IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly QuizQuestion Q1 = ShippedCourse.Content.AllQuestions[0];

    // Each student row hosts the password-reset link button; rendering it needs the service, never its database.
    public DashboardComponentTests()
        : base(services => services.AddSingleton(provider => new PasswordResetLinks(
            provider.GetRequiredService<IServiceScopeFactory>(),
            new NoDatabase(),
            Options.Create(new DataProtectionTokenProviderOptions()),
            TimeProvider.System,
            NullLogger<PasswordResetLinks>.Instance)))
    {
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void The_student_grid_has_one_row_per_student_with_the_stable_hooks_and_flags_at_risk_students_in_words()
    {
        var dashboard = Dashboard(students: 3, answersEach: [6, 1, 0]);

        var grid = Render<StudentGrid>(p => p.Add(c => c.Dashboard, dashboard));

        var students = grid.FindAll("[data-student]");
        Assert.Equal(["s0@example.org", "s1@example.org", "s2@example.org"], students.Select(s => s.GetAttribute("data-student")));
        Assert.Equal(["6", "1", "0"], students.Select(s => s.GetAttribute("data-answered")));
        Assert.Equal(["s0@example.org", "s1@example.org", "s2@example.org"],
            grid.FindAll("[data-reset-link]").Select(r => r.GetAttribute("data-reset-link")));
        // s0 answered 6 wrong at the first try: flagged with a word and an icon, not by colour alone.
        var flagged = grid.FindAll("tr").Single(r => r.QuerySelector("[data-student='s0@example.org']") is not null);
        Assert.Contains("Score faible", flagged.TextContent, StringComparison.Ordinal);
        Assert.Contains("student-row--at-risk", flagged.ClassName, StringComparison.Ordinal);
        Assert.Contains("0 %", flagged.TextContent, StringComparison.Ordinal);
        Assert.Equal(ShippedCourse.Content.Chapters.Count, flagged.QuerySelectorAll("[data-chapter-cell]").Length);
    }

    [Fact]
    public void An_empty_cohort_says_how_to_get_students()
    {
        var grid = Render<StudentGrid>(p => p.Add(c => c.Dashboard, Dashboard(students: 0, answersEach: [])));

        Assert.Contains("Aucun étudiant pour l’instant", grid.Markup, StringComparison.Ordinal);
        Assert.Empty(grid.FindAll("[data-student]"));
    }

    [Fact]
    public void An_item_with_few_respondents_shows_its_facility_in_invariant_culture_and_says_trop_peu_de_reponses()
    {
        var item = ItemAnalysis.Analyze(
            Q1.Id, "v1", true, Q1.ChapterSlug, [("a", "un"), ("b", "deux"), ("c", "trois")], ["b"],
            [Answer("u1", "b"), Answer("u2", "c"), Answer("u3", "c"), Answer("u4", "b")], new Dictionary<string, int>());

        var card = Render<ItemAnalysisCard>(p => p.Add(c => c.Item, item).Add(c => c.PromptHtml, "Quelle <em>question</em> ?"));

        var root = card.Find($"[data-item='{Q1.Id}']");
        Assert.Equal("0.5", root.GetAttribute("data-facility"));
        Assert.Contains("trop peu de réponses", card.Find("[data-discrimination]").TextContent, StringComparison.Ordinal);
        var topWrong = card.Find("[data-most-chosen-wrong]");
        Assert.Equal("c", topWrong.GetAttribute("data-option"));
        Assert.Contains("Erreur la plus fréquente", topWrong.TextContent, StringComparison.Ordinal);
        // An icon, not a "✓" that renders as an empty box without an emoji font.
        Assert.Equal("Bonne réponse", card.Find("[data-option='b'] td:last-child").TextContent.Trim());
        Assert.NotNull(card.Find("[data-option='b'] td:last-child svg"));
        Assert.Equal($"chapitres/{Q1.ChapterSlug}#quiz-{Q1.Id}-prompt", card.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void An_item_with_twenty_respondents_shows_its_discrimination_index()
    {
        var totals = Enumerable.Range(0, 20).ToDictionary(i => $"u{i:00}", i => 20 - i);
        var item = ItemAnalysis.Analyze(
            Q1.Id, "v1", true, Q1.ChapterSlug, [("a", "un"), ("b", "deux")], ["b"],
            Enumerable.Range(0, 20).Select(i => Answer($"u{i:00}", i < 10 ? "b" : "a")), totals);

        var card = Render<ItemAnalysisCard>(p => p.Add(c => c.Item, item));

        Assert.Equal("1,00", card.Find("[data-discrimination]").TextContent.Trim());
        Assert.Equal("0.5", card.Find("[data-item]").GetAttribute("data-facility"));
    }

    [Fact]
    public void An_older_version_is_shown_apart_without_the_current_items_hook()
    {
        var item = ItemAnalysis.Analyze(Q1.Id, "0ld", false, Q1.ChapterSlug, [("a", null)], ["a"], [Answer("u1", "a")], new Dictionary<string, int>());

        var card = Render<ItemAnalysisCard>(p => p.Add(c => c.Item, item));

        Assert.Empty(card.FindAll("[data-item]"));
        Assert.Equal(Q1.Id, card.Find("[data-older-item]").GetAttribute("data-older-item"));
        Assert.Contains("ancienne formulation (version 0ld)", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Concepts_are_listed_weakest_first_each_linked_to_its_section()
    {
        var concepts = new CohortDashboardBuilder(Course).Build(1, AtRiskRules.Default, Facts(3, [6, 1, 0]), Now).Concepts;

        var list = Render<ConceptFacilityList>(p => p.Add(c => c.Concepts, concepts));

        var items = list.FindAll("[data-concept]");
        Assert.NotEmpty(items);
        var facilities = items.Select(i => double.Parse(i.GetAttribute("data-concept-facility")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(facilities.Order(), facilities);
        var first = concepts[0];
        Assert.Equal($"chapitres/{first.ChapterSlug}#{first.SectionId}", items[0].QuerySelector("a")!.GetAttribute("href"));
    }

    private static CohortDashboard Dashboard(int students, int[] answersEach) =>
        new CohortDashboardBuilder(Course).Build(1, AtRiskRules.Default, Facts(students, answersEach), Now);

    // Student i answers answersEach[i] questions, all wrong at the first try.
    private static CohortFacts Facts(int students, int[] answersEach)
    {
        var facts = Enumerable.Range(0, students).Select(i => new StudentFact($"s{i}", $"s{i}@example.org", null, Now.AddMinutes(-5))).ToList();
        var answers = new List<AnswerFact>();
        for (var i = 0; i < students; i++)
        {
            foreach (var question in Course.AllQuestions.Take(answersEach[i]))
            {
                var wrong = question.Options.First(o => !question.CorrectOptionIds.Contains(o.Id)).Id;
                answers.Add(new AnswerFact($"s{i}", question.Id, QuestionVersion.Of(question), question.ChapterSlug, wrong, false, 1, Now.AddMinutes(-1)));
            }
        }

        return new CohortFacts(facts, answers, []);
    }

    private static AnswerFact Answer(string user, string chosen) =>
        new(user, Q1.Id, "v1", Q1.ChapterSlug, chosen, chosen == "b", 1, Now);

    private sealed class NoDatabase : IDbContextFactory<CourseDbContext>
    {
        public CourseDbContext CreateDbContext() => throw new InvalidOperationException("These render tests never reach the database.");
    }
}
