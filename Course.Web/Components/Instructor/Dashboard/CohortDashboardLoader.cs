using Course.Web.Components.Instructor.Statistics;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Instructor.Dashboard;

/// <summary>
/// Reads a cohort's facts in three set-based queries (members, their answers, their chapter progress) and hands them
/// to <see cref="CohortDashboardBuilder"/>. It does not check who asks: callers check ownership first.
/// </summary>
public sealed class CohortDashboardLoader(IDbContextFactory<CourseDbContext> contexts, CohortDashboardBuilder builder, TimeProvider time)
{
    /// <summary>The dashboard of <paramref name="cohortId"/>, or null when there is no such cohort.</summary>
    public async Task<CohortDashboard?> LoadAsync(int cohortId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cohort = await context.Cohorts.AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new { c.AtRiskScoreBelow, c.AtRiskMinAnswers, c.AtRiskIdleMinutes })
            .SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
        {
            return null;
        }

        var facts = await LoadFactsAsync(context, cohortId, cancellationToken);
        var rules = new AtRiskRules(cohort.AtRiskScoreBelow, cohort.AtRiskMinAnswers, cohort.AtRiskIdleMinutes);
        return builder.Build(cohortId, rules, facts, time.GetUtcNow().UtcDateTime);
    }

    public static async Task<CohortFacts> LoadFactsAsync(CourseDbContext context, int cohortId, CancellationToken cancellationToken)
    {
        var members = context.CohortMemberships.Where(m => m.CohortId == cohortId);
        var students = await members
            .Select(m => new StudentFact(m.UserId, m.User!.Email ?? "", m.User.DisplayName, m.JoinedAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var answers = await context.QuizAnswers
            .Where(a => members.Any(m => m.UserId == a.UserId))
            .Select(a => new AnswerFact(a.UserId, a.QuestionId, a.QuestionVersion, a.ChapterSlug, a.ChosenOptions, a.IsCorrect, a.Attempt, a.AnsweredAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var chapters = await context.ChapterProgress
            .Where(p => members.Any(m => m.UserId == p.UserId))
            .Select(p => new ChapterFact(p.UserId, p.ChapterSlug, p.LastVisitedAt, p.ReadAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return new CohortFacts(students, answers, chapters);
    }
}
