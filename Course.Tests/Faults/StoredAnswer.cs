using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Tests.Faults;

/// <summary>A quiz answer row as stored, reduced to what the fault tests compare.</summary>
internal sealed record StoredAnswer(string UserId, string QuestionId, int Attempt, string ChosenOptions, string? SubmissionId)
{
    public static async Task<List<StoredAnswer>> ReadAllAsync(IDbContextFactory<CourseDbContext> contexts)
    {
        await using var context = await contexts.CreateDbContextAsync();
        return await context.QuizAnswers.AsNoTracking()
            .OrderBy(a => a.UserId).ThenBy(a => a.QuestionId).ThenBy(a => a.Attempt)
            .Select(a => new StoredAnswer(a.UserId, a.QuestionId, a.Attempt, a.ChosenOptions, a.SubmissionId))
            .ToListAsync();
    }

    /// <summary>
    /// Every answer <paramref name="student"/> saw acknowledged ("Enregistré") on a card is stored exactly once, in the
    /// order checked, with every answer checked before it (a commit sends the older unsaved answers first); beyond the
    /// last acknowledged answer only answers really checked may follow (those in flight when the fault struck), none twice.
    /// </summary>
    public static void AssertStoredOnce(AnsweringStudent student, IReadOnlyList<StoredAnswer> rows)
    {
        foreach (var question in student.Questions)
        {
            var answers = student.Checked(question.Id);
            var mine = rows.Where(r => r.UserId == student.UserId && r.QuestionId == question.Id).OrderBy(r => r.Attempt).ToList();
            var acknowledged = answers.Select((a, i) => (a, i)).LastOrDefault(x => x.a.SaveState == CheckedAnswer.Saved, (null!, -1)).Item2 + 1;
            var story = $"{question.Id}: checked [{string.Join(' ', answers)}], stored [{string.Join(' ', mine.Select(r => $"{r.Attempt}:{r.ChosenOptions}"))}]";

            Assert.True(acknowledged > 0, $"no answer acknowledged: {story}");
            Assert.True(mine.Count >= acknowledged, $"an acknowledged answer is missing: {story}");
            Assert.True(mine.Count <= answers.Count, $"more rows than answers checked: {story}");
            Assert.Equal(Enumerable.Range(1, mine.Count), mine.Select(r => r.Attempt));
            Assert.Equal(answers.Take(mine.Count).Select(a => a.Option), mine.Select(r => r.ChosenOptions));
            Assert.Equal(mine.Count, mine.Select(r => r.SubmissionId).Distinct().Count());
        }
    }
}
