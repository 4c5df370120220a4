using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Course.Tests.Faults;

/// <summary>
/// kill -9 of the site while students answer, then a restart on the same SQLite data: every answer a quiz card
/// acknowledged ("Enregistré") is there, once.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class AppKillTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    private const int Students = 3;

    [Fact]
    public async Task After_a_kill_9_and_a_restart_every_acknowledged_answer_is_stored_exactly_once()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var data = new TestDataDirectory();
        var questions = ShippedCourse.Content.FindChapter("introduction")!.Questions
            .Where(q => q.Kind != QuizKind.MultipleChoice && q.Options.Count >= 3).Take(Students).ToList();
        Assert.Equal(Students, questions.Count);

        // Accounts and their sign-in cookies come from the site's own services, on the data the process will use
        // (the key ring that signs the cookies lives in the database).
        var emails = Enumerable.Range(1, Students).Select(i => $"kill{i}@example.org").ToList();
        var userIds = new List<string>();
        var cookies = new List<System.Net.Cookie>();
        await using (var setup = new InMemorySiteFactory().With("Database:DataDirectory", data.Path))
        {
            foreach (var email in emails)
            {
                userIds.Add(await TestAccounts.CreateStudentAsync(setup.Services, email));
                cookies.Add(await TestAccounts.SignInCookieAsync(setup.Services, email));
            }
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: accounts ready");
        var settings = new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = data.Path,
            ["DockerCoins:EmbeddedMiner"] = "false",
        };
        var port = FreeTcpPort.Next();
        List<AnsweringStudent> students = [];
        await using (var site = await SiteProcess.StartAsync(port, settings))
        {
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: site process serving");
            // Together: the first pages of a fresh process wait mostly for it to compile the site, so they share the wait.
            students = [.. await Task.WhenAll(Enumerable.Range(0, Students).Select(async i =>
            {
                var page = await chromium.NewPageAsync();
                await page.Context.AddCookiesAsync(
                [
                    new Microsoft.Playwright.Cookie { Name = cookies[i].Name, Value = cookies[i].Value, Url = site.RootUri.ToString() },
                ]);
                return await AnsweringStudent.OpenAsync(page, userIds[i], site.RootUri, questions[i]);
            }))];
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: students on the chapter");
            using var stop = new CancellationTokenSource();
            var answering = students.Select(s => Task.Run(() => s.AnswerUntilAsync(stop.Token))).ToList();

            // Mid-stream: every student has had answers acknowledged and is still answering.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (students.Any(s => s.Acknowledged < 3) && DateTime.UtcNow < deadline && answering.All(t => !t.IsCompleted))
            {
                await Task.Delay(50);
            }

            await stop.CancelAsync();
            await site.KillAsync();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed");
            await Task.WhenAll(students.Select(s => s.Page.Context.CloseAsync()));
            await Task.WhenAll(answering);
            Assert.All(students, s => Assert.True(s.Acknowledged >= 3, $"{s.UserId}: only {s.Acknowledged} answers acknowledged before the kill.\n{site.Output}"));
        }

        // The same data, a new process: it starts (SQLite recovers its journal) and serves the students again.
        await using (var restarted = await SiteProcess.StartAsync(FreeTcpPort.Next(), settings))
        {
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: restarted");
            using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = restarted.RootUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "progression");
            request.Headers.Add("Cookie", $"{cookies[0].Name}={cookies[0].Value}");
            using var progress = await client.SendAsync(request);
            Assert.True(progress.IsSuccessStatusCode, $"/progression after the restart: {(int)progress.StatusCode}\n{restarted.Output}");

            var rows = await StoredAnswer.ReadAllAsync(new SqliteContexts(Path.Combine(data.Path, DatabaseOptions.SqliteFileName)));
            foreach (var student in students)
            {
                output.WriteLine($"{student.UserId}: {student.Acknowledged} acknowledged of {student.Checked.Count} checked, {rows.Count(r => r.UserId == student.UserId)} stored");
                StoredAnswer.AssertStoredOnce(student, rows);
            }
        }
    }

    private sealed class SqliteContexts(string path) : IDbContextFactory<CourseDbContext>
    {
        public CourseDbContext CreateDbContext() =>
            new SqliteCourseDbContext(new DbContextOptionsBuilder<SqliteCourseDbContext>().UseSqlite($"Data Source={path};Pooling=false").Options);
    }
}
