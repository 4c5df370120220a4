using System.Net;
using Bunit;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Progress;

/// <summary>"Ma progression": its content from the student's own data, its empty state, and who may open it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProgressPageTests(PostgresServerFixture postgres)
{
    private static readonly QuizQuestion Question = ShippedCourse.Content.FindChapter("introduction")!.Questions.First(q => q.CorrectOptionIds.Count == 1);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_student_sees_reading_scores_and_concepts_to_review_and_only_their_own(string provider)
    {
        await using var site = await ProgressSites.StartAsync(provider, postgres, "progress_page");
        var students = await site.AddStudentsAsync(2, "page");
        var (me, other) = (students[0], students[1]);
        var answers = site.Services.GetRequiredService<AccountAnswers>();
        var wrong = QuizGrader.Grade(Question, [Question.Options.First(o => !Question.CorrectOptionIds.Contains(o.Id)).Id]).Result!;
        var right = QuizGrader.Grade(Question, Question.CorrectOptionIds.ToList()).Result!;
        await answers.RecordAsync(me, Question, right, "me-1");
        await answers.RecordAsync(me, Question, wrong, "me-2");
        await site.Services.GetRequiredService<ChapterProgressStore>().MarkReadAsync(me, "introduction");
        // Another student's answers and reading never show on my page.
        var other1 = ShippedCourse.Content.FindChapter("concepts-kubernetes")!.Questions.First();
        await answers.RecordAsync(other, other1, QuizGrader.Grade(other1, other1.CorrectOptionIds.ToList()).Result!, "other-1");
        await site.Services.GetRequiredService<ChapterProgressStore>().MarkReadAsync(other, "concepts-kubernetes");

        using var visit = new StudentVisit(site, me);
        var page = visit.Render<ProgressPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-progress-chapter]")), TimeSpan.FromSeconds(10));
        var intro = page.Find("[data-progress-chapter='introduction']");
        var total = ShippedCourse.Content.FindChapter("introduction")!.Questions.Count();
        Assert.Equal("read", intro.GetAttribute("data-standing"));
        Assert.Equal($"1/{total}", intro.QuerySelector("[data-answered]")!.TextContent);
        Assert.Equal($"1/{total}", intro.QuerySelector("[data-first-try-score]")!.TextContent);
        Assert.Equal($"1/{total}", intro.QuerySelector("[data-best-score]")!.TextContent);
        var review = intro.QuerySelector("[data-to-review] a")!;
        Assert.Equal(Question.Concept, review.TextContent);
        Assert.Equal($"chapitres/introduction#{Question.ReviewSectionId}", review.GetAttribute("href"));
        var bar = intro.QuerySelector("[role=progressbar]")!;
        Assert.StartsWith("Avancement du chapitre 1 :", bar.GetAttribute("aria-label"));
        Assert.Equal($"{(int)Math.Round(200.0 / (1 + total))}", intro.QuerySelector("[data-progress-percent]")!.GetAttribute("data-progress-percent"));

        var concepts = page.Find("[data-progress-chapter='concepts-kubernetes']");
        Assert.Equal("not-read", concepts.GetAttribute("data-standing"));
        Assert.StartsWith("0/", concepts.QuerySelector("[data-answered]")!.TextContent);
    }

    [Fact]
    public async Task A_student_who_has_done_nothing_gets_the_empty_state_after_the_loading_state()
    {
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "progress_empty");
        var me = (await site.AddStudentsAsync(1, "empty"))[0];
        using var visit = new StudentVisit(site, me);

        var page = visit.Render<ProgressPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-progress-empty]")), TimeSpan.FromSeconds(10));
        Assert.Contains("Vous n'avez encore lu aucun chapitre", page.Markup);
        Assert.Empty(page.FindAll("[data-progress-loading]"));
    }

    [Fact]
    public async Task The_page_sends_anonymous_visitors_to_sign_in_and_opens_for_a_student()
    {
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "progress_auth");
        await TestAccounts.CreateStudentAsync(site.Services, "progression@example.org");
        using var anonymous = site.CreateClient(new() { AllowAutoRedirect = false });

        var refused = await anonymous.GetAsync("/progression");
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var cookie = await TestAccounts.SignInCookieAsync(site.Services, "progression@example.org");
        client.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        var opened = await client.GetAsync("/progression");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/compte/connexion?retour=%2Fprogression", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var html = await opened.Content.ReadAsStringAsync();
        Assert.Contains("Ma progression", html);
        Assert.Contains("data-progress-loading", html);
    }
}
