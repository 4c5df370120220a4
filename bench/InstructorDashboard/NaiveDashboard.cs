using Course.Web.Components.Instructor.Statistics;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InstructorDashboardBench;

/// <summary>The peer: the dashboard's facts read the naive way, one query per student for answers and one for chapters (N+1).</summary>
internal static class NaiveDashboard
{
    public static async Task<CohortDashboard> LoadAsync(
        IDbContextFactory<CourseDbContext> contexts, CohortDashboardBuilder builder, int cohortId, DateTime now)
    {
        await using var context = await contexts.CreateDbContextAsync();
        var members = await context.CohortMemberships.Where(m => m.CohortId == cohortId)
            .Select(m => new StudentFact(m.UserId, m.User!.Email ?? "", m.User.DisplayName, m.JoinedAt)).ToListAsync();
        var answers = new List<AnswerFact>();
        var chapters = new List<ChapterFact>();
        foreach (var member in members)
        {
            answers.AddRange(await context.QuizAnswers.Where(a => a.UserId == member.UserId)
                .Select(a => new AnswerFact(a.UserId, a.QuestionId, a.QuestionVersion, a.ChapterSlug, a.ChosenOptions, a.IsCorrect, a.Attempt, a.AnsweredAt))
                .ToListAsync());
            chapters.AddRange(await context.ChapterProgress.Where(p => p.UserId == member.UserId)
                .Select(p => new ChapterFact(p.UserId, p.ChapterSlug, p.LastVisitedAt, p.ReadAt)).ToListAsync());
        }

        return builder.Build(cohortId, AtRiskRules.Default, new CohortFacts(members, answers, chapters), now);
    }
}
