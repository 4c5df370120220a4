using Course.Content.Quizzes;
using Course.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Course.Web.Components.Progress;

/// <summary>
/// Commits the graded answers of signed-in students, one row per attempt, then tells the live feeds. Grade with
/// <see cref="QuizGrader"/> first: only an accepted result can be recorded.
/// </summary>
/// <remarks>
/// Answers are group-committed (<see cref="AnswerCommitLane"/>): everything queued while a commit is under way goes in
/// the next transaction, so 50 students answering at once cost a few commits (one flush each), not 50 transactions
/// queueing for the database's lock and flush. One lane per site, so a student's attempts are numbered in arrival
/// order. SQLite has one writer at a time anyway; on PostgreSQL one lane was also faster than four whose commits
/// overlap (bench/instructor-dashboard.sh, quiet, 50 students at once: p95 14.1 ms with one lane, 22.2 ms with four,
/// 26.4 ms with two): one batch of 50 and one flush beat four smaller batches competing for the same two cores. Each
/// replica has its own lane; the unique index and the retry below cover the rare race between two replicas.
/// </remarks>
public sealed class AnswerRecorder
{
    private const int MaxAttemptRaces = 10;

    private readonly IDbContextFactory<CourseDbContext> _contexts;
    private readonly LearningEventHub _events;
    private readonly TimeProvider _time;
    private readonly AnswerCommitLane _lane;

    public AnswerRecorder(IDbContextFactory<CourseDbContext> contexts, LearningEventHub events, TimeProvider time, IOptions<DatabaseOptions> database)
    {
        _contexts = contexts;
        _events = events;
        _time = time;
        _lane = new AnswerCommitLane(CommitAsync, database.Value.AnswerGatherDelay);
    }

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

        var pending = new PendingAnswers(userId, question, answers, anonymousId);
        _lane.Enqueue(pending);

        // Cancelling stops the wait, not the commit: an answer already queued is still saved.
        return pending.Committed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>True when <paramref name="exception"/> is a unique-index violation on either provider.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private async Task CommitAsync(IReadOnlyList<PendingAnswers> batch)
    {
        try
        {
            var committed = await WriteAsync(batch);

            // Announced before the callers resume, so whoever is told "saved" finds the event already out (the hub
            // keeps a failing subscriber's exception to itself).
            foreach (var row in committed.Added)
            {
                _events.Publish(new LearningEvent(LearningEventKind.QuestionAnswered, row.UserId, row.ChapterSlug, row.QuestionId, row.AnsweredAt));
            }

            foreach (var item in batch)
            {
                item.Committed.TrySetResult(committed.RecordedFor(item));
            }
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            // One refused answer must not refuse the others: commit them one by one.
            foreach (var item in batch)
            {
                await CommitAsync([item]);
            }
        }
        catch (Exception exception)
        {
            foreach (var item in batch)
            {
                item.Committed.TrySetException(exception);
            }
        }
    }

    private async Task<AnswerBatch> WriteAsync(IReadOnlyList<PendingAnswers> batch)
    {
        for (var race = 1; ; race++)
        {
            await using var context = await _contexts.CreateDbContextAsync();
            var write = new AnswerBatch(batch, _time.GetUtcNow().UtcDateTime);
            try
            {
                await write.WriteAsync(context, lookForStoredSubmissions: race > 1, CancellationToken.None);
                return write;
            }
            catch (DbUpdateException exception) when (race < MaxAttemptRaces && IsUniqueViolation(exception))
            {
                // Another replica took one of these attempt numbers, or a submission was resent after a commit its sender did
                // not hear of: look again, this time for stored submissions too.
            }
        }
    }
}
