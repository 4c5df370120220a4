using Course.Content.Quizzes;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InstructorDashboardBench;

/// <summary>
/// The peer of the answer figure: the first design, one transaction per answer (read the last attempt, insert, commit;
/// retry when another writer took the attempt number), as most apps write a form submission.
/// </summary>
internal static class PerAnswerPeer
{
    public static async Task RecordAsync(IDbContextFactory<CourseDbContext> contexts, string userId, QuizQuestion question, QuizResult result)
    {
        for (var race = 1; ; race++)
        {
            await using var context = await contexts.CreateDbContextAsync();
            var previous = await context.QuizAnswers
                .Where(a => a.UserId == userId && a.QuestionId == question.Id)
                .MaxAsync(a => (int?)a.Attempt) ?? 0;
            context.QuizAnswers.Add(new QuizAnswerRecord
            {
                UserId = userId,
                QuestionId = question.Id,
                QuestionVersion = QuestionVersion.Of(question),
                ChapterSlug = question.ChapterSlug,
                ChosenOptions = string.Join(',', result.SelectedOptionIds),
                IsCorrect = result.IsCorrect,
                Attempt = previous + 1,
                AnsweredAt = DateTime.UtcNow,
                SubmissionId = Guid.NewGuid().ToString("N"),
            });
            try
            {
                await context.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException exception) when (race < 10 && AnswerRecorder.IsUniqueViolation(exception))
            {
            }
        }
    }
}
