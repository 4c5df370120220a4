using System.Net;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Tests.Instructor;
using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Progress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Course.Tests.Replicas;

/// <summary>
/// Two instances of the site on one PostgreSQL database, on two ports, as two pods behind a Service: sign-in cookies
/// and live dashboard events cross from one to the other, and stopping one loses no acknowledged answer.
/// </summary>
[Collection(ReplicaCollection.Name)]
public sealed class TwoReplicasTests(ChromiumFixture chromium, PostgresServerFixture postgres)
{
    private const string InstructorEmail = "formatrice.replicas@example.org";
    private const string StudentEmail = "etudiant.replicas@example.org";

    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_the_other()
    {
        var database = await postgres.CreateDatabaseAsync($"replicas_cookie_{Guid.NewGuid():N}");
        await using var a = Replica(database);
        await using var b = Replica(database);
        await TestAccounts.CreateStudentAsync(a.Services, StudentEmail);

        using var onB = await TestAccounts.SignedInClientAsync(a.Services, b.RootUri, StudentEmail);
        using var anonymousOnB = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = b.RootUri };
        using var progress = await onB.GetAsync("progression");
        using var refused = await anonymousOnB.GetAsync("progression");

        Assert.NotEqual(a.RootUri.Port, b.RootUri.Port);
        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        Assert.Contains("Ma progression", await progress.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task A_student_answering_on_one_instance_shows_live_on_the_dashboard_open_on_the_other_and_stopping_it_loses_nothing()
    {
        var database = await postgres.CreateDatabaseAsync($"replicas_live_{Guid.NewGuid():N}");
        var a = Replica(database);
        await using var b = Replica(database);
        try
        {
            await TestAccounts.CreateInstructorAsync(a.Services, InstructorEmail);
            await TestAccounts.CreateStudentAsync(a.Services, StudentEmail);
            var owner = await InstructorSite.PrincipalAsync(a.Services, InstructorEmail);
            var cohort = (await a.Services.GetRequiredService<CohortService>().CreateAsync(owner, new CohortDraft("Deux répliques", null, null))).Cohort!;
            await a.Services.GetRequiredService<CohortMembershipService>().JoinAsync(
                await InstructorSite.PrincipalAsync(a.Services, StudentEmail), cohort.JoinCode);

            // The instructor watches on B with a cookie A issued; the student works on A.
            await using var instructorContext = await chromium.Browser.NewContextAsync();
            await using var studentContext = await chromium.Browser.NewContextAsync();
            await TestAccounts.SignInBrowserAsync(instructorContext, a.Services, b.RootUri, InstructorEmail);
            await TestAccounts.SignInBrowserAsync(studentContext, a.Services, a.RootUri, StudentEmail);
            var dashboard = await instructorContext.NewPageAsync();
            await dashboard.GotoAsync(new Uri(b.RootUri, $"formateur/cohortes/{cohort.Id}").ToString());
            await dashboard.WaitForInteractiveAsync();
            var row = dashboard.Locator($"[data-student='{StudentEmail}']");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-answered", "0", new() { Timeout = 10_000 });

            var chapter = ShippedCourse.Content.FindChapter("introduction")!;
            var questions = chapter.Questions.Where(q => q.CorrectOptionIds.Count == 1).Take(2).ToList();
            Assert.Equal(2, questions.Count);
            var student = await studentContext.NewPageAsync();
            await student.GotoAsync(new Uri(a.RootUri, "chapitres/introduction").ToString());
            await student.WaitForInteractiveAsync();

            await AnswerAsync(student, questions[0]);
            await Assertions.Expect(row).ToHaveAttributeAsync("data-answered", "1", new() { Timeout = 10_000 });
            await dashboard.SaveScreenshotAsync("replicas-dashboard-on-b");

            // Acknowledged ("Enregistré") on A, then A goes away at once: B has the answer and shows it.
            await AnswerAsync(student, questions[1]);
            await a.DisposeAsync();
            await Assertions.Expect(row).ToHaveAttributeAsync("data-answered", "2", new() { Timeout = 10_000 });
            var studentId = (await InstructorSite.QueryAsync(b.Services, c => Task.FromResult(c.Users.Single(u => u.Email == StudentEmail)))).Id;
            var stored = await InstructorSite.QueryAsync(b.Services, c => Task.FromResult(
                c.QuizAnswers.Where(q => q.UserId == studentId).Select(q => q.QuestionId).OrderBy(id => id).ToList()));
            Assert.Equal(questions.Select(q => q.Id).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        }
        finally
        {
            await a.DisposeAsync();
        }
    }

    [Fact]
    public async Task Each_instance_relays_its_own_commits_once_and_never_echoes_the_others()
    {
        var database = await postgres.CreateDatabaseAsync($"replicas_relay_{Guid.NewGuid():N}");
        await using var a = Replica(database);
        await using var b = Replica(database);
        await using var c = Replica(database);
        var seen = new[] { a, b, c }.Select(site =>
        {
            var events = new System.Collections.Concurrent.ConcurrentQueue<LearningEvent>();
            site.Services.GetRequiredService<LearningEventHub>().Subscribe(events.Enqueue);
            return events;
        }).ToList();
        await PostgresListeners.WaitForAsync(database, PostgresLearningEventRelay.Channel, 3);

        var published = new LearningEvent(LearningEventKind.ChapterVisited, "user-1", "introduction", null, DateTime.UtcNow);
        a.Services.GetRequiredService<LearningEventHub>().Publish(published);

        await Eventually.HoldsAsync(() => seen.All(events => !events.IsEmpty), "every instance receives the event");

        // A second's grace for any echo or duplicate to arrive.
        await Task.Delay(1000);
        Assert.All(seen, events => Assert.Equal([published], events.ToArray()));

        // An instance that stops right after committing (a rolling update) still sends what it had queued.
        var last = published with { ChapterSlug = "kubernetes", OccurredAt = DateTime.UtcNow };
        c.Services.GetRequiredService<LearningEventHub>().Publish(last);
        await c.DisposeAsync();
        await Eventually.HoldsAsync(() => seen.Take(2).All(events => events.Count >= 2), "the other two instances receive the stopped one's last event");

        Assert.All(seen.Take(2), events => Assert.Equal([published, last], events.ToArray()));
    }

    private LiveSiteFactory Replica(string connectionString) => new LiveSiteFactory()
        .WithSetting("Database:Provider", "Postgres")
        .WithSetting("ConnectionStrings:Course", connectionString);

    private static async Task AnswerAsync(IPage page, QuizQuestion question)
    {
        var card = page.Locator($"[data-question-id='{question.Id}']");
        await page.Locator($"#quiz-{question.Id}-{question.CorrectOptionIds.Single()}").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Assertions.Expect(card.Locator("[role=status] [data-save-state]")).ToHaveTextAsync("Enregistré", new() { Timeout = 10_000 });
    }
}
