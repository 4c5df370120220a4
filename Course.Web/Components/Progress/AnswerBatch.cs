using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Progress;

/// <summary>
/// Commits the answers of many students in one transaction: set-based reads (last attempt per student and question;
/// submissions already stored, on a retry), then one insert statement (<see cref="AnswerRowsInsert"/>). Attempts are numbered in arrival order within the batch.
/// </summary>
internal sealed class AnswerBatch(IReadOnlyList<PendingAnswers> pending, DateTime now)
{
    private readonly Dictionary<PendingAnswers, List<QuizAnswerRecord>> _rows = [];

    /// <summary>The rows this batch added (empty until <see cref="WriteAsync"/> commits): announce them after the commit.</summary>
    public List<QuizAnswerRecord> Added { get; } = [];

    /// <summary>Stores every answer not stored yet; throws <see cref="DbUpdateException"/> when the commit is refused.</summary>
    public async Task WriteAsync(CourseDbContext context, bool lookForStoredSubmissions, CancellationToken cancellationToken)
    {
        var userIds = pending.Select(p => p.UserId).Distinct().ToList();
        var questionIds = pending.Select(p => p.Question.Id).Distinct().ToList();
        var submissionIds = pending.SelectMany(p => p.Answers.Select(a => a.SubmissionId)).Distinct().ToList();

        // Narrow reads, each served by a unique index. The submissions already stored are looked for only when asked:
        // a first try assumes none (the usual case) and lets the unique index refuse a resent one.
        var stored = lookForStoredSubmissions
            ? await context.QuizAnswers.AsNoTracking()
                .Where(a => userIds.Contains(a.UserId) && a.SubmissionId != null && submissionIds.Contains(a.SubmissionId))
                .ToDictionaryAsync(a => (a.UserId, a.SubmissionId!), cancellationToken)
            : [];
        var lastAttempts = await context.QuizAnswers.AsNoTracking()
            .Where(a => userIds.Contains(a.UserId) && questionIds.Contains(a.QuestionId))
            .GroupBy(a => new { a.UserId, a.QuestionId })
            .Select(g => new { g.Key.UserId, g.Key.QuestionId, Attempt = g.Max(a => a.Attempt) })
            .ToDictionaryAsync(g => (g.UserId, g.QuestionId), g => g.Attempt, cancellationToken);

        foreach (var item in pending)
        {
            var rows = new List<QuizAnswerRecord>();
            foreach (var answer in item.Answers)
            {
                if (!stored.TryGetValue((item.UserId, answer.SubmissionId), out var row))
                {
                    var attempt = lastAttempts.GetValueOrDefault((item.UserId, item.Question.Id)) + 1;
                    lastAttempts[(item.UserId, item.Question.Id)] = attempt;
                    row = NewRow(item.UserId, answer, attempt, now, item.AnonymousId);
                    stored[(item.UserId, answer.SubmissionId)] = row;
                    Added.Add(row);
                }

                rows.Add(row);
            }

            _rows[item] = rows;
        }

        if (Added.Count > 0)
        {
            await AnswerRowsInsert.InsertAsync(context, Added, cancellationToken);
        }
    }

    /// <summary>What the caller of <paramref name="item"/> is told once the batch is committed.</summary>
    public IReadOnlyList<RecordedAnswer> RecordedFor(PendingAnswers item) =>
        [.. _rows[item].Select(r => new RecordedAnswer(r.Id, r.Attempt, r.AnsweredAt))];

    private static QuizAnswerRecord NewRow(string userId, AnswerToStore answer, int attempt, DateTime now, string? anonymousId) => new()
    {
        UserId = userId,
        QuestionId = answer.Question.Id,
        QuestionVersion = QuestionVersion.Of(answer.Question),
        ChapterSlug = answer.Question.ChapterSlug,
        ChosenOptions = answer.ChosenOptions,
        IsCorrect = answer.IsCorrect,
        Attempt = attempt,
        AnsweredAt = now,
        AnonymousId = anonymousId,
        SubmissionId = answer.SubmissionId,
    };
}
