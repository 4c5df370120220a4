using System.Security.Claims;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Instructor.Cohorts;

/// <summary>Students joining a cohort with its code at /rejoindre.</summary>
public sealed class CohortMembershipService(
    IDbContextFactory<CourseDbContext> contexts, LearningEventHub events, TimeProvider time, ILogger<CohortMembershipService> logger)
{
    public async Task<JoinOutcome> JoinAsync(ClaimsPrincipal user, string? typedCode, CancellationToken cancellationToken = default)
    {
        var userId = InstructorAccess.UserId(user);
        if (userId is null)
        {
            return new JoinOutcome(JoinOutcomeKind.NotSignedIn, "Connectez-vous ou créez un compte pour rejoindre une cohorte.");
        }

        var code = JoinCode.Normalize(typedCode);
        if (code is null)
        {
            return new JoinOutcome(JoinOutcomeKind.Malformed,
                $"Ce code n’a pas la bonne forme : un code compte {JoinCode.MinLength} à {JoinCode.MaxLength} lettres et chiffres, sans 0, O, 1, I ni L.");
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cohort = await context.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.JoinCode == code, cancellationToken);
        if (cohort is null)
        {
            return new JoinOutcome(JoinOutcomeKind.Unknown, "Aucune cohorte n’a ce code. Vérifiez-le auprès de votre formateur.");
        }

        if (cohort.ArchivedAt is not null)
        {
            return new JoinOutcome(JoinOutcomeKind.Archived,
                $"La cohorte « {cohort.Name} » est archivée : elle n’accepte plus de nouveaux membres.", cohort.Name);
        }

        if (await context.CohortMemberships.AnyAsync(m => m.CohortId == cohort.Id && m.UserId == userId, cancellationToken))
        {
            return new JoinOutcome(JoinOutcomeKind.AlreadyMember, $"Vous faites déjà partie de « {cohort.Name} ».", cohort.Name);
        }

        var joinedAt = time.GetUtcNow().UtcDateTime;
        context.CohortMemberships.Add(new CohortMembership { CohortId = cohort.Id, UserId = userId, JoinedAt = joinedAt });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (AnswerRecorder.IsUniqueViolation(exception))
        {
            // The same student joined from another tab a moment ago.
            return new JoinOutcome(JoinOutcomeKind.AlreadyMember, $"Vous faites déjà partie de « {cohort.Name} ».", cohort.Name);
        }

        InstructorLog.StudentJoined(logger, cohort.Id, userId);
        events.Publish(new LearningEvent(LearningEventKind.CohortJoined, userId, "", null, joinedAt));
        return new JoinOutcome(JoinOutcomeKind.Joined, $"Bienvenue dans « {cohort.Name} » !", cohort.Name);
    }
}
