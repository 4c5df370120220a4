using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Data;

/// <summary>The same database on a real PostgreSQL: its own migrations, and keys shared by every replica.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task Postgres_is_migrated_at_start_up_and_has_both_roles()
    {
        var connectionString = await postgres.CreateDatabaseAsync("course_migrated");
        await using var site = OnPostgres(connectionString);
        _ = site.Server;

        await using var context = await site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContextAsync();
        Assert.IsType<PostgresCourseDbContext>(context);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        Assert.True(await roles.RoleExistsAsync(CourseRoles.Instructor));
    }

    [Fact]
    public async Task Two_replicas_on_one_database_accept_each_others_sign_in_cookies()
    {
        var connectionString = await postgres.CreateDatabaseAsync("course_replicas");
        await using var first = OnPostgres(connectionString);
        _ = first.Server;
        await TestAccounts.CreateStudentAsync(first.Services, "replica@example.org");
        var cookie = await TestAccounts.SignInCookieAsync(first.Services, "replica@example.org");

        await using var second = OnPostgres(connectionString);
        _ = second.Server;

        var ticket = CourseDatabaseTests.TicketFormat(second.Services).Unprotect(cookie.Value);
        Assert.Equal("replica@example.org", ticket?.Principal.Identity?.Name);
    }

    [Fact]
    public async Task One_hundred_concurrent_answers_on_Postgres_store_one_hundred_rows()
    {
        var connectionString = await postgres.CreateDatabaseAsync("course_concurrent");
        await using var site = OnPostgres(connectionString);
        _ = site.Server;
        var userId = await TestAccounts.CreateStudentAsync(site.Services, "pg-concurrent@example.org");
        var factory = site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();

        await Parallel.ForEachAsync(Enumerable.Range(1, 100), new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (attempt, token) =>
        {
            await using var context = await factory.CreateDbContextAsync(token);
            context.QuizAnswers.Add(CourseDatabaseTests.Answer(userId, attempt));
            await context.SaveChangesAsync(token);
        });

        await using var reader = await factory.CreateDbContextAsync();
        Assert.Equal(100, await reader.QuizAnswers.CountAsync(a => a.UserId == userId));
    }

    private static InMemorySiteFactory OnPostgres(string connectionString) => new InMemorySiteFactory()
        .With("Database:Provider", "Postgres")
        .With("ConnectionStrings:Course", connectionString);
}
