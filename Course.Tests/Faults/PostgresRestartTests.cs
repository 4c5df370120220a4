using System.Net;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Course.Tests.Faults;

/// <summary>
/// PostgreSQL stopped at once and started again while students answer in Chromium: during the outage each quiz card and
/// each page that needs the database says so in French (never a stack trace), after it the site recovers with no
/// restart of its own, and no acknowledged answer is lost or stored twice.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PostgresRestartTests(ChromiumFixture chromium, FaultSite faults, ITestOutputHelper output)
{
    private const int Students = 2;

    // What a stack trace or an exception leaking to a student would look like.
    private static readonly string[] _leaks = ["Exception", "   at ", "Npgsql", "StackTrace"];

    [Fact]
    public async Task During_the_outage_requests_fail_in_french_and_afterwards_the_site_recovers_with_nothing_lost()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var site = faults.Site;
        var questions = ShippedCourse.Content.FindChapter("architecture-noeuds")!.Questions
            .Where(q => q.Kind != QuizKind.MultipleChoice).Take(Students).ToList();
        var students = new List<AnsweringStudent>();
        for (var i = 0; i < Students; i++)
        {
            students.Add(await AnsweringStudent.OpenAsync(chromium, site.Services, site.RootUri, $"pg-panne{i}@example.org", questions[i]));
        }

        using var client = await TestAccounts.SignedInClientAsync(site.Services, site.RootUri, "pg-panne0@example.org");
        using var stop = new CancellationTokenSource();
        var answering = students.Select(s => Task.Run(() => s.AnswerUntilAsync(stop.Token))).ToList();
        await UntilAsync(() => students.All(s => s.Acknowledged >= 1), answering, "answer acknowledged before the outage");

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: answers acknowledged, stopping PostgreSQL");
        await faults.Postgres.StopAsync();
        var before = students.Select(s => s.Checked.Count).ToList();
        await UntilAsync(
            () => students.All(s => s.Checked.Skip(before[students.IndexOf(s)]).Any(a => a.SaveState == CheckedAnswer.NotSaved)),
            answering, "a refused save on every card during the outage");
        foreach (var answer in students.SelectMany(s => s.Checked).Where(a => a.SaveState == CheckedAnswer.NotSaved))
        {
            Assert.StartsWith("Non enregistré", answer.SaveText);
        }

        await AssertFailsCleanlyAsync(client, "progression", HttpStatusCode.InternalServerError, "Une erreur s'est produite");
        await AssertFailsCleanlyAsync(client, "readyz", HttpStatusCode.ServiceUnavailable, null);
        foreach (var student in students)
        {
            await AssertNoLeakAsync(student);
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: outage checked, starting PostgreSQL");
        await faults.Postgres.StartAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: PostgreSQL started");
        var outageEnd = students.Select(s => s.Checked.Count).ToList();
        await UntilAsync(
            () => students.All(s => s.Checked.Skip(outageEnd[students.IndexOf(s)]).Any(a => a.SaveState == CheckedAnswer.Saved)),
            answering, "answer acknowledged again after the restart");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: recovered");
        await stop.CancelAsync();
        await Task.WhenAll(answering);

        using (var progress = await client.GetAsync("progression"))
        {
            Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        }

        using (var ready = await client.GetAsync("readyz"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        var rows = await StoredAnswer.ReadAllAsync(site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>());
        foreach (var student in students)
        {
            await AssertNoLeakAsync(student);
            var answers = student.Checked;
            var restart = outageEnd[students.IndexOf(student)];
            output.WriteLine($"{student.UserId}: [{string.Join(' ', answers.Take(restart))} | restarted | {string.Join(' ', answers.Skip(restart))}]");

            // Back up means back up: an answer checked once the server is back is saved at the first try, not refused
            // because the connection pool still held connections to the server that went away.
            Assert.All(answers.Skip(restart), a => Assert.Equal(CheckedAnswer.Saved, a.SaveState));

            // The last answer was acknowledged after the restart, and a commit sends the older refused answers first
            // (each under its own submission id): every answer checked is stored, once.
            Assert.Equal(CheckedAnswer.Saved, answers[^1].SaveState);
            StoredAnswer.AssertStoredOnce(student, rows);
            Assert.Equal(answers.Count, rows.Count(r => r.UserId == student.UserId));
        }
    }

    private static async Task AssertFailsCleanlyAsync(HttpClient client, string path, HttpStatusCode expected, string? french)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"/{path} during the outage answered {(int)response.StatusCode}:\n{body}");
        Assert.DoesNotContain(_leaks, leak => body.Contains(leak, StringComparison.Ordinal));
        if (french is not null)
        {
            Assert.Contains(french, WebUtility.HtmlDecode(body));
        }
    }

    private static async Task AssertNoLeakAsync(AnsweringStudent student)
    {
        var text = await student.Page.Locator($"[data-question-id='{student.Question.Id}']").InnerTextAsync();
        Assert.DoesNotContain(_leaks, leak => text.Contains(leak, StringComparison.Ordinal));
        Assert.False(await student.Page.Locator("#blazor-error-ui").IsVisibleAsync(), "the circuit failed: Blazor's error bar is shown");
    }

    private static async Task UntilAsync(Func<bool> condition, List<Task> answering, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (answering.FirstOrDefault(t => t.IsFaulted) is { } failed)
            {
                await failed;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No {what} within 30 s.");
            await Task.Delay(50);
        }
    }
}
