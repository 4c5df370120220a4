using Course.Tests.Infrastructure;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Progress;

/// <summary>Sites on SQLite or on the shared PostgreSQL cluster for the progress tests, and quick students.</summary>
internal static class ProgressSites
{
    /// <summary>A started in-memory site on <paramref name="provider"/> ("Sqlite" or "Postgres").</summary>
    public static async Task<InMemorySiteFactory> StartAsync(string provider, PostgresServerFixture postgres, string name, string? dataDirectory = null)
    {
        var site = new InMemorySiteFactory();
        if (provider == "Postgres")
        {
            site.With("Database:Provider", "Postgres")
                .With("ConnectionStrings:Course", await postgres.CreateDatabaseAsync($"{name}_{Guid.NewGuid():N}"));
        }
        else if (dataDirectory is not null)
        {
            site.With("Database:DataDirectory", dataDirectory);
        }

        _ = site.Server;
        return site;
    }

    public static IDbContextFactory<CourseDbContext> Contexts(this InMemorySiteFactory site) =>
        site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();

    /// <summary>Adds accounts straight to the users table: Identity's password hashing would dominate a 100-student test.</summary>
    public static async Task<IReadOnlyList<string>> AddStudentsAsync(this InMemorySiteFactory site, int count, string prefix)
    {
        var users = Enumerable.Range(1, count).Select(i => new CourseUser
        {
            Id = Guid.NewGuid().ToString(),
            UserName = $"{prefix}{i}@example.org",
            NormalizedUserName = $"{prefix}{i}@EXAMPLE.ORG".ToUpperInvariant(),
            Email = $"{prefix}{i}@example.org",
            CreatedAt = DateTime.UtcNow,
            SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        await using var context = await site.Contexts().CreateDbContextAsync();
        context.Users.AddRange(users);
        await context.SaveChangesAsync();
        return [.. users.Select(u => u.Id)];
    }

    public static async Task<List<QuizAnswerRecord>> AnswersOfAsync(this InMemorySiteFactory site, string userId)
    {
        await using var context = await site.Contexts().CreateDbContextAsync();
        return await context.QuizAnswers.Where(a => a.UserId == userId).OrderBy(a => a.QuestionId).ThenBy(a => a.Attempt).ToListAsync();
    }
}
