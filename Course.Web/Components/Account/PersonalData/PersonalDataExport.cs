using System.Text.Encodings.Web;
using System.Text.Json;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Account.PersonalData;

/// <summary>Builds the JSON download of one account's own data (never anyone else's: every query is by its id).</summary>
internal sealed class PersonalDataExport(
    IDbContextFactory<CourseDbContext> databases,
    TimeProvider time,
    ILogger<PersonalDataExport> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A file for people to read: accents as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document, or null when the account no longer exists.</summary>
    public async Task<PersonalDataDocument?> CreateAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           where link.UserId == userId
                           orderby role.Name
                           select role.Name!).ToListAsync(cancellationToken);
        var memberships = await db.CohortMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.JoinedAt)
            .Select(m => new PersonalDataDocument.MembershipData(m.Cohort!.Name, m.JoinedAt))
            .ToListAsync(cancellationToken);
        var owned = await db.Cohorts.AsNoTracking()
            .Where(c => c.OwnerId == userId)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new PersonalDataDocument.OwnedCohortData(
                c.Name, c.JoinCode, c.CreatedAt, c.StartsOn, c.EndsOn, c.ArchivedAt, c.Members.Count))
            .ToListAsync(cancellationToken);
        var answers = await db.QuizAnswers.AsNoTracking()
            .Where(a => a.UserId == userId)
            .OrderBy(a => a.AnsweredAt).ThenBy(a => a.Id)
            .Select(a => new PersonalDataDocument.AnswerData(
                a.QuestionId, a.QuestionVersion, a.ChapterSlug, a.ChosenOptions, a.IsCorrect, a.Attempt, a.AnsweredAt, a.AnonymousId))
            .ToListAsync(cancellationToken);
        var chapters = await db.ChapterProgress.AsNoTracking()
            .Where(p => p.UserId == userId)
            .OrderBy(p => p.FirstVisitedAt)
            .Select(p => new PersonalDataDocument.ChapterData(p.ChapterSlug, p.FirstVisitedAt, p.LastVisitedAt, p.ReadAt))
            .ToListAsync(cancellationToken);

        AccountLog.PersonalDataExported(logger, userId);
        return new PersonalDataDocument(
            time.GetUtcNow().UtcDateTime,
            Account(user, roles),
            memberships,
            owned,
            answers,
            chapters);
    }

    public static byte[] ToJson(PersonalDataDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Json);

    // The password hash and security stamps are secrets of the sign-in machinery, not information about the person.
    private static PersonalDataDocument.AccountData Account(CourseUser user, IReadOnlyList<string> roles) => new(
        user.Id, user.Email, user.DisplayName, user.CreatedAt, roles, user.AccessFailedCount, user.LockoutEnd);
}
