using System.Net;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Course.Tests.Faults;

/// <summary>
/// PostgreSQL stopped at once and started again while a student answers two questions in Chromium: during the outage
/// each quiz card and each page that needs the database says so in French (never a stack trace), after it the site
/// recovers with no restart of its own, and no acknowledged answer is lost or stored twice.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PostgresRestartTests(ChromiumFixture chromium, FaultSite faults, ITestOutputHelper output)
{
    private const string Email = "pg-panne@example.org";

    // What a stack trace or an exception leaking to a student would look like.
    private static readonly string[] _leaks = ["Exception", "   at ", "Npgsql", "StackTrace"];

    [Fact]
    public async Task During_the_outage_requests_fail_in_french_and_afterwards_the_site_recovers_with_nothing_lost()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var site = faults.Site;
        var questions = ShippedCourse.Content.FindChapter("architecture-noeuds")!.Questions
            .Where(q => q.Kind != QuizKind.MultipleChoice).Take(2).ToList();
        var userId = await TestAccounts.CreateStudentAsync(site.Services, Email);
        var page = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(page.Context, site.Services, site.RootUri, Email);
        var student = await AnsweringStudent.OpenAsync(page, userId, site.RootUri, questions);
        using var client = await TestAccounts.SignedInClientAsync(site.Services, site.RootUri, Email);

        await student.StartAsync();
        await student.UntilAsync(s => questions.All(q => s.Acknowledged(q.Id) >= 1), "answer acknowledged on every card before the outage");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: answers acknowledged, stopping PostgreSQL");
        await faults.Postgres.StopAsync();
        var before = questions.ToDictionary(q => q.Id, q => student.Checked(q.Id).Count);
        await student.UntilAsync(
            s => questions.All(q => s.Checked(q.Id).Skip(before[q.Id]).Any(a => a.SaveState == CheckedAnswer.NotSaved)),
            "refused save on every card during the outage");
        foreach (var answer in questions.SelectMany(q => student.Checked(q.Id)).Where(a => a.SaveState == CheckedAnswer.NotSaved))
        {
            Assert.StartsWith("Non enregistré", answer.SaveText);
        }

        await AssertFailsCleanlyAsync(client, "progression", HttpStatusCode.InternalServerError, "Une erreur s'est produite");
        await AssertFailsCleanlyAsync(client, "readyz", HttpStatusCode.ServiceUnavailable, null);
        await AssertNoLeakAsync(student);

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: outage checked, starting PostgreSQL");
        await faults.Postgres.StartAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: PostgreSQL started");
        await student.ReadAsync();
        var outageEnd = questions.ToDictionary(q => q.Id, q => student.Checked(q.Id).Count);
        await student.UntilAsync(
            s => questions.All(q => s.Checked(q.Id).Skip(outageEnd[q.Id]).Any(a => a.SaveState == CheckedAnswer.Saved)),
            "answer acknowledged again on every card after the restart");
        await student.StopAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: recovered");

        using (var progress = await client.GetAsync("progression"))
        {
            Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        }

        using (var ready = await client.GetAsync("readyz"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        await AssertNoLeakAsync(student);
        var rows = await StoredAnswer.ReadAllAsync(site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>());
        foreach (var question in questions)
        {
            var answers = student.Checked(question.Id);
            var restart = outageEnd[question.Id];
            output.WriteLine($"{question.Id}: [{string.Join(' ', answers.Take(restart))} | restarted | {string.Join(' ', answers.Skip(restart))}]");

            // Back up means back up: an answer checked once the server is back is saved at the first try, not refused
            // because the connection pool still held connections to the server that went away.
            Assert.All(answers.Skip(restart), a => Assert.Equal(CheckedAnswer.Saved, a.SaveState));

            // The last answer was acknowledged after the restart, and a commit sends the older refused answers first
            // (each under its own submission id): every answer checked is stored, once.
            Assert.Equal(CheckedAnswer.Saved, answers[^1].SaveState);
            Assert.Equal(answers.Count, rows.Count(r => r.UserId == userId && r.QuestionId == question.Id));
        }

        StoredAnswer.AssertStoredOnce(student, rows);
    }

    private static async Task AssertFailsCleanlyAsync(HttpClient client, string path, HttpStatusCode expected, string? french)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"/{path} during the outage answered {(int)response.StatusCode}:\n{body}");
        Assert.False(_leaks.Any(leak => body.Contains(leak, StringComparison.Ordinal)), $"/{path} during the outage leaked internals:\n{body}");
        if (french is not null)
        {
            Assert.Contains(french, WebUtility.HtmlDecode(body));
        }
    }

    private static async Task AssertNoLeakAsync(AnsweringStudent student)
    {
        foreach (var question in student.Questions)
        {
            var text = await student.Page.Locator($"[data-question-id='{question.Id}']").InnerTextAsync();
            Assert.DoesNotContain(_leaks, leak => text.Contains(leak, StringComparison.Ordinal));
        }

        Assert.False(await student.Page.Locator("#blazor-error-ui").IsVisibleAsync(), "the circuit failed: Blazor's error bar is shown");
    }
}
