using System.Security.Claims;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Instructor.Cohorts;

/// <summary>
/// An instructor's cohorts: create, archive, regenerate the join code, change the at-risk thresholds. Every call
/// checks, on the server and at the time of the call, that the user is an instructor and owns the cohort.
/// </summary>
public sealed class CohortService(
    IDbContextFactory<CourseDbContext> contexts, InstructorAccess access, TimeProvider time, ILogger<CohortService> logger)
{
    private const int MaxCodeCollisions = 10;

    /// <summary>The instructor's cohorts, newest first (archived ones included); empty for anyone else.</summary>
    public async Task<IReadOnlyList<CohortSummary>> ListOwnedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var ownerId = await access.InstructorIdAsync(user, cancellationToken);
        if (ownerId is null)
        {
            return [];
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cohorts = await context.Cohorts.AsNoTracking()
            .Where(c => c.OwnerId == ownerId)
            .Select(c => new CohortSummary(c.Id, c.Name, c.JoinCode, c.StartsOn, c.EndsOn, c.CreatedAt, c.ArchivedAt, c.Members.Count))
            .ToListAsync(cancellationToken);
        return [.. cohorts.OrderBy(c => c.ArchivedAt is not null).ThenByDescending(c => c.CreatedAt)];
    }

    /// <summary>The cohort when <paramref name="user"/> is an instructor who owns it, else null.</summary>
    public async Task<Cohort?> FindOwnedAsync(ClaimsPrincipal user, int cohortId, CancellationToken cancellationToken = default)
    {
        var ownerId = await access.InstructorIdAsync(user, cancellationToken);
        if (ownerId is null)
        {
            return null;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId && c.OwnerId == ownerId, cancellationToken);
    }

    public async Task<CohortOutcome> CreateAsync(ClaimsPrincipal user, CohortDraft draft, CancellationToken cancellationToken = default)
    {
        var ownerId = await access.InstructorIdAsync(user, cancellationToken);
        if (ownerId is null)
        {
            return CohortOutcome.Refused("Seul un formateur peut créer une cohorte.");
        }

        if (draft.Validate() is { } error)
        {
            return CohortOutcome.Refused(error);
        }

        var cohort = new Cohort
        {
            Name = draft.Name!.Trim(),
            JoinCode = JoinCode.Generate(),
            OwnerId = ownerId,
            StartsOn = draft.StartsOn,
            EndsOn = draft.EndsOn,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.Cohorts.Add(cohort);
        await SaveWithUniqueCodeAsync(context, cohort, cancellationToken);
        InstructorLog.CohortCreated(logger, cohort.Id, ownerId);
        return CohortOutcome.Saved(cohort);
    }

    public Task<CohortOutcome> ArchiveAsync(ClaimsPrincipal user, int cohortId, CancellationToken cancellationToken = default) =>
        ChangeOwnedAsync(user, cohortId, (_, cohort) =>
        {
            cohort.ArchivedAt ??= time.GetUtcNow().UtcDateTime;
            return null;
        }, cancellationToken);

    public Task<CohortOutcome> RestoreAsync(ClaimsPrincipal user, int cohortId, CancellationToken cancellationToken = default) =>
        ChangeOwnedAsync(user, cohortId, (_, cohort) =>
        {
            cohort.ArchivedAt = null;
            return null;
        }, cancellationToken);

    /// <summary>Gives the cohort a new code: the old one stops working; members stay members.</summary>
    public Task<CohortOutcome> RegenerateCodeAsync(ClaimsPrincipal user, int cohortId, CancellationToken cancellationToken = default) =>
        ChangeOwnedAsync(user, cohortId, (_, cohort) =>
        {
            cohort.JoinCode = JoinCode.Generate();
            return null;
        }, cancellationToken);

    public Task<CohortOutcome> UpdateAtRiskRulesAsync(
        ClaimsPrincipal user, int cohortId, AtRiskRules rules, CancellationToken cancellationToken = default) =>
        ChangeOwnedAsync(user, cohortId, (_, cohort) =>
        {
            if (rules.Validate() is { } error)
            {
                return error;
            }

            cohort.AtRiskScoreBelow = rules.ScoreBelow;
            cohort.AtRiskMinAnswers = rules.MinAnswers;
            cohort.AtRiskIdleMinutes = rules.IdleMinutes;
            return null;
        }, cancellationToken);

    private async Task<CohortOutcome> ChangeOwnedAsync(
        ClaimsPrincipal user, int cohortId, Func<CourseDbContext, Cohort, string?> change, CancellationToken cancellationToken)
    {
        var ownerId = await access.InstructorIdAsync(user, cancellationToken);
        if (ownerId is null)
        {
            return CohortOutcome.NotFound;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cohort = await context.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId && c.OwnerId == ownerId, cancellationToken);
        if (cohort is null)
        {
            return CohortOutcome.NotFound;
        }

        if (change(context, cohort) is { } error)
        {
            return CohortOutcome.Refused(error);
        }

        await SaveWithUniqueCodeAsync(context, cohort, cancellationToken);
        InstructorLog.CohortChanged(logger, cohort.Id, ownerId);
        return CohortOutcome.Saved(cohort);
    }

    // 31^8 codes make a collision very unlikely; the unique index decides, and a collision draws again.
    private static async Task SaveWithUniqueCodeAsync(CourseDbContext context, Cohort cohort, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (attempt < MaxCodeCollisions && AnswerRecorder.IsUniqueViolation(exception))
            {
                cohort.JoinCode = JoinCode.Generate();
            }
        }
    }
}
