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

    [Fact]
    public async Task A_burst_of_queries_opens_no_more_server_connections_than_the_bounded_pool()
    {
        // The test fixture turns pooling off for its own databases; the site's pool is what is measured here.
        var connectionString = await postgres.CreateDatabaseAsync("course_pool") + ";Pooling=true";
        await using var site = OnPostgres(connectionString);
        _ = site.Server;
        var factory = site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();

        // 60 requests at once, each holding its connection for 1 s, while another connection counts the busy backends.
        var burst = Parallel.ForEachAsync(Enumerable.Range(0, 60), new ParallelOptions { MaxDegreeOfParallelism = 60 }, async (_, token) =>
        {
            await using var context = await factory.CreateDbContextAsync(token);
            await context.Database.ExecuteSqlRawAsync("SELECT pg_sleep(1)", token);
        });
        await using var counter = new Npgsql.NpgsqlConnection(postgres.ConnectionString);
        await counter.OpenAsync();
        var most = 0L;
        while (!burst.IsCompleted)
        {
            await using var count = new Npgsql.NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'course_pool' AND query = 'SELECT pg_sleep(1)' AND state = 'active'", counter);
            most = Math.Max(most, (long)(await count.ExecuteScalarAsync())!);
            await Task.Delay(50);
        }

        await burst;
        Assert.InRange(most, 2, PostgresPool.DefaultMaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=6", 6)]
    [InlineData("Host=db;MaxPoolSize=7", 7)]
    [InlineData("Host=db", PostgresPool.DefaultMaxPoolSize)]
    public void An_operators_pool_size_is_kept_and_an_unset_one_is_bounded(string connectionString, int poolSize) =>
        Assert.Equal(poolSize, new Npgsql.NpgsqlConnectionStringBuilder(PostgresPool.Bounded(connectionString)).MaxPoolSize);

    private static InMemorySiteFactory OnPostgres(string connectionString) => new InMemorySiteFactory()
        .With("Database:Provider", "Postgres")
        .With("ConnectionStrings:Course", connectionString);
}
