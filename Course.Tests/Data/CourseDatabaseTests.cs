using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Course.Tests.Data;

/// <summary>The embedded default: a SQLite file created, migrated and shared safely, with nothing configured.</summary>
public sealed class CourseDatabaseTests
{
    [Fact]
    public async Task A_fresh_site_creates_a_migrated_SQLite_file_in_WAL_mode_with_both_roles()
    {
        using var data = new TestDataDirectory();
        await using var site = new InMemorySiteFactory().With("Database:DataDirectory", data.Path);

        using var response = await site.CreateClient().GetAsync("/");

        Assert.Equal(200, (int)response.StatusCode);
        var file = Path.Combine(data.Path, DatabaseOptions.SqliteFileName);
        Assert.True(File.Exists(file), $"{file} was not created");
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }

        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        Assert.True(await roles.RoleExistsAsync(CourseRoles.Student));
        Assert.True(await roles.RoleExistsAsync(CourseRoles.Instructor));
    }

    [Fact]
    public async Task A_sign_in_cookie_survives_a_restart_because_the_key_ring_is_in_the_database()
    {
        using var data = new TestDataDirectory();
        string cookie;
        await using (var first = new InMemorySiteFactory().With("Database:DataDirectory", data.Path))
        {
            _ = first.Server;
            await TestAccounts.CreateStudentAsync(first.Services, "lea@example.org");
            cookie = (await TestAccounts.SignInCookieAsync(first.Services, "lea@example.org")).Value;
        }

        await using var restarted = new InMemorySiteFactory().With("Database:DataDirectory", data.Path);
        _ = restarted.Server;

        var ticket = TicketFormat(restarted.Services).Unprotect(cookie);
        Assert.NotNull(ticket);
        Assert.Equal("lea@example.org", ticket.Principal.Identity?.Name);
    }

    [Fact]
    public async Task One_hundred_concurrent_answers_on_SQLite_store_one_hundred_rows()
    {
        using var data = new TestDataDirectory();
        await using var site = new InMemorySiteFactory().With("Database:DataDirectory", data.Path);
        _ = site.Server;
        var userId = await TestAccounts.CreateStudentAsync(site.Services, "concurrent@example.org");
        var factory = site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();

        await Parallel.ForEachAsync(Enumerable.Range(1, 100), new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (attempt, token) =>
        {
            await using var context = await factory.CreateDbContextAsync(token);
            context.QuizAnswers.Add(Answer(userId, attempt));
            await context.SaveChangesAsync(token);
        });

        await using var reader = await factory.CreateDbContextAsync();
        Assert.Equal(100, await reader.QuizAnswers.CountAsync(a => a.UserId == userId));
    }

    [Fact]
    public async Task Times_come_back_as_UTC()
    {
        using var data = new TestDataDirectory();
        await using var site = new InMemorySiteFactory().With("Database:DataDirectory", data.Path);
        _ = site.Server;
        var userId = await TestAccounts.CreateStudentAsync(site.Services, "utc@example.org");
        var factory = site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();
        var answeredAt = new DateTime(2026, 11, 26, 9, 30, 0, DateTimeKind.Utc);
        await using (var writer = await factory.CreateDbContextAsync())
        {
            var answer = Answer(userId, 1);
            answer.AnsweredAt = answeredAt;
            writer.QuizAnswers.Add(answer);
            await writer.SaveChangesAsync();
        }

        await using var reader = await factory.CreateDbContextAsync();
        var stored = await reader.QuizAnswers.SingleAsync(a => a.UserId == userId && a.AnsweredAt >= answeredAt.AddMinutes(-1));
        Assert.Equal(DateTimeKind.Utc, stored.AnsweredAt.Kind);
        Assert.Equal(answeredAt, stored.AnsweredAt);
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_start_up_naming_the_setting()
    {
        using var site = new InMemorySiteFactory().With("Database:Provider", "Postgres");

        var exception = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("ConnectionStrings:Course", exception.ToString());
    }

    internal static QuizAnswerRecord Answer(string userId, int attempt) => new()
    {
        UserId = userId,
        QuestionId = "q-concurrence",
        QuestionVersion = "v1",
        ChapterSlug = "introduction",
        ChosenOptions = "a",
        IsCorrect = attempt % 2 == 0,
        Attempt = attempt,
        AnsweredAt = DateTime.UtcNow,
    };

    internal static Microsoft.AspNetCore.Authentication.ISecureDataFormat<Microsoft.AspNetCore.Authentication.AuthenticationTicket> TicketFormat(
        IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;
}
