using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Progress;

/// <summary>
/// Commits the answers of many students in one statement (<see cref="AnswerRowsInsert"/>), which numbers each attempt
/// after the last one stored; within the batch, attempts follow arrival order. On a retry, submissions already stored
/// are read first and not stored again.
/// </summary>
internal sealed class AnswerBatch(IReadOnlyList<PendingAnswers> pending, DateTime now)
{
    private readonly Dictionary<PendingAnswers, List<QuizAnswerRecord>> _rows = [];

    /// <summary>The rows this batch added (empty until <see cref="WriteAsync"/> commits): announce them after the commit.</summary>
    public List<QuizAnswerRecord> Added { get; } = [];

    /// <summary>Stores every answer not stored yet; throws <see cref="DbUpdateException"/> when the commit is refused.</summary>
    public async Task WriteAsync(CourseDbContext context, bool lookForStoredSubmissions, CancellationToken cancellationToken)
    {
        // The submissions already stored are looked for only when asked: a first try assumes none (the usual case) and
        // lets the unique index refuse a resent one. No other read: the insert numbers the attempts itself.
        var stored = lookForStoredSubmissions ? await StoredSubmissionsAsync(context, cancellationToken) : [];
        foreach (var item in pending)
        {
            var rows = new List<QuizAnswerRecord>();
            foreach (var answer in item.Answers)
            {
                if (!stored.TryGetValue((item.UserId, answer.SubmissionId), out var row))
                {
                    row = NewRow(item.UserId, answer, now, item.AnonymousId);
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

    private Task<Dictionary<(string UserId, string SubmissionId), QuizAnswerRecord>> StoredSubmissionsAsync(
        CourseDbContext context, CancellationToken cancellationToken)
    {
        var userIds = pending.Select(p => p.UserId).Distinct().ToList();
        var submissionIds = pending.SelectMany(p => p.Answers.Select(a => a.SubmissionId)).Distinct().ToList();
        return context.QuizAnswers.AsNoTracking()
            .Where(a => userIds.Contains(a.UserId) && a.SubmissionId != null && submissionIds.Contains(a.SubmissionId))
            .ToDictionaryAsync(a => (a.UserId, a.SubmissionId!), cancellationToken);
    }

    // Attempt and Id are set by the insert, from the database.
    private static QuizAnswerRecord NewRow(string userId, AnswerToStore answer, DateTime now, string? anonymousId) => new()
    {
        UserId = userId,
        QuestionId = answer.Question.Id,
        QuestionVersion = QuestionVersion.Of(answer.Question),
        ChapterSlug = answer.Question.ChapterSlug,
        ChosenOptions = answer.ChosenOptions,
        IsCorrect = answer.IsCorrect,
        AnsweredAt = now,
        AnonymousId = anonymousId,
        SubmissionId = answer.SubmissionId,
    };
}
