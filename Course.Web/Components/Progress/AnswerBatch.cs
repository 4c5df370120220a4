using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Progress;

/// <summary>
/// Commits the answers of many students in one transaction: one set-based read (submissions already stored, attempts
/// per student and question), then one insert. Attempts are numbered in arrival order within the batch.
/// </summary>
internal sealed class AnswerBatch(IReadOnlyList<PendingAnswers> pending, DateTime now)
{
    private readonly Dictionary<PendingAnswers, List<QuizAnswerRecord>> _rows = [];

    /// <summary>The rows this batch added (empty until <see cref="WriteAsync"/> commits): announce them after the commit.</summary>
    public List<QuizAnswerRecord> Added { get; } = [];

    /// <summary>Stores every answer not stored yet; throws <see cref="DbUpdateException"/> when the commit is refused.</summary>
    public async Task WriteAsync(CourseDbContext context, CancellationToken cancellationToken)
    {
        var userIds = pending.Select(p => p.UserId).Distinct().ToList();
        var questionIds = pending.Select(p => p.Question.Id).Distinct().ToList();
        var submissionIds = pending.SelectMany(p => p.Answers.Select(a => a.SubmissionId)).Distinct().ToList();

        // One read serves both questions: which submissions are already stored, and each student's last attempt.
        var existing = await context.QuizAnswers.AsNoTracking()
            .Where(a => userIds.Contains(a.UserId)
                && (questionIds.Contains(a.QuestionId) || (a.SubmissionId != null && submissionIds.Contains(a.SubmissionId))))
            .ToListAsync(cancellationToken);
        var stored = existing.Where(a => a.SubmissionId is not null).ToDictionary(a => (a.UserId, a.SubmissionId!));
        var lastAttempts = existing
            .GroupBy(a => (a.UserId, a.QuestionId))
            .ToDictionary(g => g.Key, g => g.Max(a => a.Attempt));

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
            context.QuizAnswers.AddRange(Added);
            await context.SaveChangesAsync(cancellationToken);
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
