using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Course.Tests.Faults;

/// <summary>
/// kill -9 of the site while a student answers several questions at once, then a restart on the same SQLite data: every
/// answer a quiz card acknowledged ("Enregistré") is there, once.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class AppKillTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    private const int Cards = 3;

    [Fact]
    public async Task After_a_kill_9_and_a_restart_every_acknowledged_answer_is_stored_exactly_once()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var data = new TestDataDirectory();
        var questions = ShippedCourse.Content.FindChapter("introduction")!.Questions
            .Where(q => q.Kind != QuizKind.MultipleChoice && q.Options.Count >= 3).Take(Cards).ToList();
        Assert.Equal(Cards, questions.Count);

        // The account and its sign-in cookie come from the site's own services, on the data the process will use (the
        // key ring that signs the cookie lives in the database).
        const string Email = "kill@example.org";
        string userId;
        System.Net.Cookie cookie;
        await using (var setup = new InMemorySiteFactory().With("Database:DataDirectory", data.Path))
        {
            userId = await TestAccounts.CreateStudentAsync(setup.Services, Email);
            cookie = await TestAccounts.SignInCookieAsync(setup.Services, Email);
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: account ready");
        var settings = new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = data.Path,
            ["DockerCoins:EmbeddedMiner"] = "false",
        };
        AnsweringStudent student;
        await using (var site = await SiteProcess.StartAsync(FreeTcpPort.Next(), settings))
        {
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: site process serving");
            var page = await chromium.NewPageAsync();
            await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = cookie.Name, Value = cookie.Value, Url = site.RootUri.ToString() }]);
            student = await AnsweringStudent.OpenAsync(page, userId, site.RootUri, questions);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: student on the chapter");

            // Mid-stream: every card has had answers acknowledged and is still answering, its commits interleaved.
            await student.StartAsync();
            await student.UntilAsync(s => questions.All(q => s.Acknowledged(q.Id) >= 2), "two answers acknowledged on every card", seconds: 60);
            await site.KillAsync();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed");

            // What the cards said stays on screen once the site is gone: read it, then let the loops end quietly.
            await page.EvaluateAsync(AnsweringScript.Stop);
            await student.ReadAsync();
            await page.Context.CloseAsync();
        }

        // The same data, a new process: it starts (SQLite recovers its journal) and serves the student again.
        await using (var restarted = await SiteProcess.StartAsync(FreeTcpPort.Next(), settings))
        {
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: restarted");
            using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = restarted.RootUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "progression");
            request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
            using var progress = await client.SendAsync(request);
            Assert.True(progress.IsSuccessStatusCode, $"/progression after the restart: {(int)progress.StatusCode}\n{restarted.Output}");

            var rows = await StoredAnswer.ReadAllAsync(new SqliteContexts(Path.Combine(data.Path, DatabaseOptions.SqliteFileName)));
            output.WriteLine($"{student}; {rows.Count} rows stored");
            StoredAnswer.AssertStoredOnce(student, rows);
        }
    }

    private sealed class SqliteContexts(string path) : IDbContextFactory<CourseDbContext>
    {
        public CourseDbContext CreateDbContext() =>
            new SqliteCourseDbContext(new DbContextOptionsBuilder<SqliteCourseDbContext>().UseSqlite($"Data Source={path};Pooling=false").Options);
    }
}
