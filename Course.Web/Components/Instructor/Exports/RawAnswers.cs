using Course.Web.Data;

namespace Course.Web.Components.Instructor.Exports;

/// <summary>The raw answers of a cohort's members, oldest first, as one query.</summary>
internal static class RawAnswers
{
    public static IQueryable<RawAnswer> Query(CourseDbContext context, int cohortId) =>
        from answer in context.QuizAnswers
        join member in context.CohortMemberships on answer.UserId equals member.UserId
        where member.CohortId == cohortId
        orderby answer.AnsweredAt, answer.Id
        select new RawAnswer(
            answer.User!.Email ?? "", answer.User.DisplayName ?? answer.User.Email ?? "", answer.ChapterSlug, answer.QuestionId,
            answer.QuestionVersion, answer.Attempt, answer.ChosenOptions, answer.IsCorrect, answer.AnsweredAt);
}
