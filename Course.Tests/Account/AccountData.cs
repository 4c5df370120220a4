using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Account;

/// <summary>Puts a person's traces in the database (answers, chapter progress, a cohort) and counts them afterwards.</summary>
internal static class AccountData
{
    /// <summary>A cohort owned by <paramref name="ownerId"/>, with <paramref name="memberIds"/> as members; returns its id.</summary>
    public static async Task<int> CreateCohortAsync(IServiceProvider services, string ownerId, string name, params string[] memberIds)
    {
        await using var db = await Factory(services).CreateDbContextAsync();
        var cohort = new Cohort
        {
            Name = name,
            JoinCode = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            OwnerId = ownerId,
            CreatedAt = DateTime.UtcNow,
        };
        foreach (var memberId in memberIds)
        {
            cohort.Members.Add(new CohortMembership { UserId = memberId, JoinedAt = DateTime.UtcNow });
        }

        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    }

    /// <summary>Two answers (question ids prefixed with <paramref name="questionPrefix"/>) and one chapter visit.</summary>
    public static async Task AddProgressAsync(IServiceProvider services, string userId, string questionPrefix)
    {
        await using var db = await Factory(services).CreateDbContextAsync();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            db.QuizAnswers.Add(new QuizAnswerRecord
            {
                UserId = userId,
                QuestionId = $"{questionPrefix}-question",
                QuestionVersion = "v1",
                ChapterSlug = "introduction",
                ChosenOptions = attempt == 1 ? "a" : "b,c",
                IsCorrect = attempt == 2,
                Attempt = attempt,
                AnsweredAt = DateTime.UtcNow,
                AnonymousId = attempt == 1 ? $"{questionPrefix}-browser" : null,
            });
        }

        db.ChapterProgress.Add(new ChapterProgressRecord
        {
            UserId = userId,
            ChapterSlug = "introduction",
            FirstVisitedAt = DateTime.UtcNow.AddMinutes(-10),
            LastVisitedAt = DateTime.UtcNow,
            ReadAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Rows that belong to <paramref name="userId"/> in every table that refers to an account.</summary>
    public static async Task<int> RowsOfAsync(IServiceProvider services, string userId)
    {
        await using var db = await Factory(services).CreateDbContextAsync();
        return await db.Users.CountAsync(u => u.Id == userId)
            + await db.UserRoles.CountAsync(r => r.UserId == userId)
            + await db.QuizAnswers.CountAsync(a => a.UserId == userId)
            + await db.ChapterProgress.CountAsync(p => p.UserId == userId)
            + await db.CohortMemberships.CountAsync(m => m.UserId == userId);
    }

    public static async Task<CourseUser?> UserAsync(IServiceProvider services, string email)
    {
        await using var db = await Factory(services).CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
    }

    public static async Task<IReadOnlyList<string>> RolesAsync(IServiceProvider services, string userId)
    {
        await using var db = await Factory(services).CreateDbContextAsync();
        return await (from link in db.UserRoles
                      join role in db.Roles on link.RoleId equals role.Id
                      where link.UserId == userId
                      select role.Name!).ToListAsync();
    }

    private static IDbContextFactory<CourseDbContext> Factory(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<CourseDbContext>>();
}
