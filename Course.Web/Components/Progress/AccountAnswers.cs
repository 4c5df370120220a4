using Course.Content.Model;
using Course.Content.Quizzes;
using Course.Web.Components.Quizzes;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Progress;

/// <summary>
/// The saved answers of signed-in students: loaded in one query per circuit, committed through
/// <see cref="AnswerRecorder"/>, and the browser's anonymous answers merged in once.
/// </summary>
internal sealed class AccountAnswers(
    IDbContextFactory<CourseDbContext> contexts,
    AnswerRecorder recorder,
    CourseContent course,
    ILogger<AccountAnswers> logger)
{
    /// <summary>Every answer <paramref name="userId"/> gave, summarised per question still in the course.</summary>
    public async Task<AccountAnswerHistory> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.QuizAnswers
            .Where(a => a.UserId == userId)
            .OrderBy(a => a.QuestionId).ThenBy(a => a.Attempt)
            .Select(a => new { a.QuestionId, a.Attempt, a.IsCorrect, a.ChosenOptions })
            .ToListAsync(cancellationToken);

        var answers = new Dictionary<string, QuizAnswerState>(StringComparer.Ordinal);
        var everCorrect = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attempts in rows.GroupBy(r => r.QuestionId).Where(g => course.FindQuestion(g.Key) is not null))
        {
            var first = attempts.First();
            var last = attempts.Last();
            // An empty selection marks a merged answer whose options the browser had not kept.
            IReadOnlyList<string>? selected = last.ChosenOptions.Length == 0 ? null : last.ChosenOptions.Split(',');
            answers[attempts.Key] = new QuizAnswerState(selected, last.Attempt, first.IsCorrect, last.IsCorrect);
            if (attempts.Any(a => a.IsCorrect))
            {
                everCorrect.Add(attempts.Key);
            }
        }

        return new AccountAnswerHistory(answers, everCorrect);
    }

    /// <summary>Commits one graded answer; sending the same <paramref name="submissionId"/> again stores nothing more.</summary>
    public Task<RecordedAnswer> RecordAsync(
        string userId, QuizQuestion question, QuizResult result, string submissionId, CancellationToken cancellationToken = default) =>
        recorder.RecordOnceAsync(userId, question, result, submissionId, cancellationToken);

    /// <summary>
    /// Merges a browser's anonymous answers into <paramref name="userId"/>'s account (see docs/progress.md for the rows
    /// made). Idempotent: each merged row has a submission id derived from the browser's id and the question.
    /// Returns the number of questions merged.
    /// </summary>
    public async Task<int> MergeAsync(string userId, StoredQuizAnswers browser, CancellationToken cancellationToken = default)
    {
        var merged = 0;
        foreach (var (questionId, state) in browser.Answers)
        {
            if (course.FindQuestion(questionId) is not { } question || AnonymousAnswerRows.Of(browser.StudentId, question, state) is not { Count: > 0 } rows)
            {
                continue;
            }

            await recorder.StoreAsync(userId, question, rows, browser.StudentId, cancellationToken);
            merged++;
        }

        ProgressLog.AnonymousAnswersMerged(logger, userId, merged);
        return merged;
    }
}
