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
        if (result.QuestionId != question.Id)
        {
            throw new ArgumentException($"The result is for {result.QuestionId}, not {question.Id}.", nameof(result));
        }

        var stripe = _stripes[(int)((uint)HashCode.Combine(userId, question.Id) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            return await InsertNextAttemptAsync(userId, question, result, anonymousId, cancellationToken);
        }
        finally
        {
            stripe.Release();
        }
    }

    private async Task<RecordedAnswer> InsertNextAttemptAsync(
        string userId, QuizQuestion question, QuizResult result, string? anonymousId, CancellationToken cancellationToken)
    {
        for (var race = 1; ; race++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var previous = await context.QuizAnswers
                .Where(a => a.UserId == userId && a.QuestionId == question.Id)
                .MaxAsync(a => (int?)a.Attempt, cancellationToken);
            var row = new QuizAnswerRecord
            {
                UserId = userId,
                QuestionId = question.Id,
                QuestionVersion = QuestionVersion.Of(question),
                ChapterSlug = question.ChapterSlug,
                ChosenOptions = string.Join(',', result.SelectedOptionIds),
                IsCorrect = result.IsCorrect,
                Attempt = (previous ?? 0) + 1,
                AnsweredAt = time.GetUtcNow().UtcDateTime,
                AnonymousId = anonymousId,
            };
            context.QuizAnswers.Add(row);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (race < MaxAttemptRaces && IsUniqueViolation(exception))
            {
                // The same student's other tab took this attempt number first: take the next one.
                continue;
            }

            events.Publish(new LearningEvent(LearningEventKind.QuestionAnswered, userId, question.ChapterSlug, question.Id, row.AnsweredAt));
            return new RecordedAnswer(row.Id, row.Attempt, row.AnsweredAt);
        }
    }

    /// <summary>True when <paramref name="exception"/> is a unique-index violation on either provider.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
