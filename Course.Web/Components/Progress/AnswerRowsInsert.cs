using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Course.Web.Components.Progress;

/// <summary>
/// Inserts a batch of answer rows in one statement (<c>INSERT … SELECT … FROM (VALUES (…), (…)) RETURNING</c>), the
/// same SQL on SQLite and PostgreSQL, numbering each row's attempt after the last one stored for its student and
/// question (rows of the same pair in list order), and sets each row's <see cref="QuizAnswerRecord.Id"/> and
/// <see cref="QuizAnswerRecord.Attempt"/>.
/// </summary>
/// <remarks>
/// Why not <c>SaveChanges</c>: for a class answering at once, EF Core's change tracking and per-row commands cost more
/// CPU than the database's work (traced here: 6-18 ms of a 50-row batch on a quiet machine, against 1.5 ms for the
/// read), and on PostgreSQL a transaction around several commands costs round trips a single statement does not (it
/// commits by itself). The statement also numbers the attempts (the last one stored, found through the unique index on
/// user, question and attempt, plus the row's rank in the batch), so a batch is one statement with no read before it:
/// traced on a loaded machine, that read was a fifth to a half of a batch's time. Both databases evaluate the SELECT
/// before inserting, so the rows of one batch never see each other: hence the rank. Table and column names come from
/// the EF model, so the mapping stays the one source. Refusals are raised as <see cref="DbUpdateException"/>, as
/// <c>SaveChanges</c> raises them, for the recorder's retry rules.
/// </remarks>
internal static class AnswerRowsInsert
{
    public static async Task InsertAsync(CourseDbContext context, IReadOnlyList<QuizAnswerRecord> rows, CancellationToken cancellationToken)
    {
        var statement = Statement.For(context.Model);
        var ranks = new Dictionary<(string UserId, string QuestionId), int>();
        int Rank(QuizAnswerRecord row) =>
            ranks[(row.UserId, row.QuestionId)] = ranks.GetValueOrDefault((row.UserId, row.QuestionId)) + 1;

        // VALUES columns are named column1, column2… on both databases; column7 is the rank within the batch.
        await using var command = SqlRows.ValuesCommand(context, statement.Head, rows,
            row => [row.UserId, row.QuestionId, row.QuestionVersion, row.ChapterSlug, row.ChosenOptions, row.IsCorrect,
                Rank(row), row.AnsweredAt, row.AnonymousId, row.SubmissionId],
            statement.Tail);

        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // RETURNING's row order is unspecified on SQLite: rows are matched by their unique (user, submission).
            var bySubmission = rows.ToDictionary(r => (r.UserId, r.SubmissionId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = bySubmission[(reader.GetString(1), reader.GetString(2))];
                row.Id = reader.GetInt64(0);
                row.Attempt = reader.GetInt32(3);
            }
        }
        catch (DbException exception)
        {
            throw new DbUpdateException("The database refused the answers.", exception);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The statement around the VALUES list, built once per model from its table and column names.</summary>
    private sealed record Statement(string Head, string Tail)
    {
        private static readonly ConditionalWeakTable<IModel, Statement> s_byModel = [];

        public static Statement For(IModel model) => s_byModel.GetValue(model, Read);

        private static Statement Read(IModel model)
        {
            var entity = model.FindEntityType(typeof(QuizAnswerRecord))!;
            string Column(string property) => SqlRows.Column(entity, property);
            string[] inserted =
            [
                nameof(QuizAnswerRecord.UserId), nameof(QuizAnswerRecord.QuestionId), nameof(QuizAnswerRecord.QuestionVersion),
                nameof(QuizAnswerRecord.ChapterSlug), nameof(QuizAnswerRecord.ChosenOptions), nameof(QuizAnswerRecord.IsCorrect),
                nameof(QuizAnswerRecord.Attempt), nameof(QuizAnswerRecord.AnsweredAt), nameof(QuizAnswerRecord.AnonymousId),
                nameof(QuizAnswerRecord.SubmissionId),
            ];
            var (table, userId, questionId, attempt) = (SqlRows.Table(entity), Column(nameof(QuizAnswerRecord.UserId)),
                Column(nameof(QuizAnswerRecord.QuestionId)), Column(nameof(QuizAnswerRecord.Attempt)));
            var head = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", inserted.Select(Column))}) ")
                .Append("SELECT v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, ")
                .Append($"COALESCE((SELECT MAX(a.{attempt}) FROM {table} AS a ")
                .Append($"WHERE a.{userId} = v.column1 AND a.{questionId} = v.column2), 0) + v.column7, ")
                .Append("v.column8, v.column9, v.column10 FROM (")
                .ToString();
            var tail = $") AS v RETURNING {Column(nameof(QuizAnswerRecord.Id))}, {userId}, "
                + $"{Column(nameof(QuizAnswerRecord.SubmissionId))}, {attempt}";
            return new Statement(head, tail);
        }
    }
}
