using Course.Content.Quizzes;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Course.Web.Components.Progress;

/// <summary>
/// Commits the graded answers of signed-in students, one row per attempt, then tells the live feeds. Grade with
/// <see cref="QuizGrader"/> first: only an accepted result can be recorded.
/// </summary>
public sealed class AnswerRecorder(IDbContextFactory<CourseDbContext> contexts, LearningEventHub events, TimeProvider time)
{
    private const int MaxAttemptRaces = 10;

    // Answers of one student to one question are numbered one at a time in this instance (striped locks); the unique
    // index and the retry below cover the rare race between two replicas.
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>
    /// Stores <paramref name="result"/> as <paramref name="userId"/>'s next attempt at <paramref name="question"/> and
    /// returns once it is committed. Throws when the database cannot be written: the answer is then not saved.
    /// </summary>
    public async Task<RecordedAnswer> RecordAsync(
        string userId, QuizQuestion question, QuizResult result, string? anonymousId = null, CancellationToken cancellationToken = default)
    {
        var answer = AnswerToStore.Graded(question, result, Guid.NewGuid().ToString("N"));
        return (await StoreAsync(userId, question, [answer], anonymousId, cancellationToken))[0];
    }

    /// <summary>
    /// Like <see cref="RecordAsync"/>, but idempotent: when <paramref name="submissionId"/> was already committed (the
    /// first try succeeded although its caller saw an error), returns that row and stores nothing.
    /// </summary>
    public async Task<RecordedAnswer> RecordOnceAsync(
        string userId, QuizQuestion question, QuizResult result, string submissionId, CancellationToken cancellationToken = default)
    {
        var answer = AnswerToStore.Graded(question, result, submissionId);
        return (await StoreAsync(userId, question, [answer], null, cancellationToken))[0];
    }

    /// <summary>
    /// Commits <paramref name="answers"/> to one question together, as consecutive attempts after those already stored,
    /// skipping submissions already committed; used to merge a browser's anonymous answers (<paramref name="anonymousId"/>).
    /// </summary>
    public Task<IReadOnlyList<RecordedAnswer>> StoreAsync(
        string userId, QuizQuestion question, IReadOnlyList<AnswerToStore> answers, string? anonymousId,
        CancellationToken cancellationToken = default)
    {
        if (answers.Count == 0 || answers.Any(a => a.Question.Id != question.Id))
        {
            throw new ArgumentException($"Expected one or more answers to {question.Id}.", nameof(answers));
        }

        return StoreLockedAsync(userId, question, answers, anonymousId, cancellationToken);
    }

    /// <summary>True when <paramref name="exception"/> is a unique-index violation on either provider.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private async Task<IReadOnlyList<RecordedAnswer>> StoreLockedAsync(
        string userId, QuizQuestion question, IReadOnlyList<AnswerToStore> answers, string? anonymousId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)HashCode.Combine(userId, question.Id) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            return await InsertNextAttemptsAsync(userId, question, answers, anonymousId, cancellationToken);
        }
        finally
        {
            stripe.Release();
        }
    }

    private async Task<IReadOnlyList<RecordedAnswer>> InsertNextAttemptsAsync(
        string userId, QuizQuestion question, IReadOnlyList<AnswerToStore> answers, string? anonymousId, CancellationToken cancellationToken)
    {
        for (var race = 1; ; race++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var submissionIds = answers.Select(a => a.SubmissionId).ToList();
            var stored = await context.QuizAnswers
                .Where(a => a.UserId == userId && a.SubmissionId != null && submissionIds.Contains(a.SubmissionId))
                .ToDictionaryAsync(a => a.SubmissionId!, cancellationToken);
            var previous = await context.QuizAnswers
                .Where(a => a.UserId == userId && a.QuestionId == question.Id)
                .MaxAsync(a => (int?)a.Attempt, cancellationToken) ?? 0;
            var now = time.GetUtcNow().UtcDateTime;
            var added = new List<QuizAnswerRecord>();
            foreach (var answer in answers.Where(a => !stored.ContainsKey(a.SubmissionId)))
            {
                var row = NewRow(userId, answer, previous + added.Count + 1, now, anonymousId);
                added.Add(row);
                stored[answer.SubmissionId] = row;
            }

            if (added.Count > 0)
            {
                context.QuizAnswers.AddRange(added);
                try
                {
                    await context.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException exception) when (race < MaxAttemptRaces && IsUniqueViolation(exception))
                {
                    // Another tab or replica took this attempt number, or committed the same submission, first: look again.
                    continue;
                }

                foreach (var row in added)
                {
                    events.Publish(new LearningEvent(LearningEventKind.QuestionAnswered, userId, row.ChapterSlug, row.QuestionId, row.AnsweredAt));
                }
            }

            return [.. answers.Select(a => stored[a.SubmissionId]).Select(r => new RecordedAnswer(r.Id, r.Attempt, r.AnsweredAt))];
        }
    }

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
