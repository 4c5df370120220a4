using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Course.Web.Data;

/// <summary>
/// What the hand-written multi-row statements share (<see cref="Components.Progress.AnswerRowsInsert"/>, the lab
/// pushes' upserts): table and column names read from the EF model, so the mapping stays the one source; untyped
/// parameters, which both providers bind as EF Core would; and refusals raised as <see cref="DbUpdateException"/>, as
/// <c>SaveChanges</c> raises them, for the callers' retry rules.
/// </summary>
internal static class SqlRows
{
    /// <summary>A command on the context's connection, in its current transaction if any.</summary>
    public static DbCommand Command(CourseDbContext context, string sql)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>
    /// A command running <c>{head} VALUES (@p0, @p1, …), (…) {tail}</c>: one parenthesised row per item of
    /// <paramref name="rows"/>, each value <paramref name="values"/> gives for it bound as a parameter.
    /// </summary>
    /// <remarks>
    /// Why one builder: the multi-row statements differ only in what stands around the list (the columns, an
    /// <c>ON CONFLICT</c> or <c>RETURNING</c> tail). <paramref name="values"/> is called once per row in list order, so it
    /// may carry state from row to row (a rank within the batch).
    /// </remarks>
    public static DbCommand ValuesCommand<T>(
        CourseDbContext context, string head, IReadOnlyList<T> rows, Func<T, object?[]> values, string tail)
    {
        var command = Command(context, "");
        var sql = new StringBuilder(head).Append(" VALUES ");
        for (var i = 0; i < rows.Count; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            var row = values(rows[i]);
            for (var j = 0; j < row.Length; j++)
            {
                var name = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
                sql.Append(j == 0 ? "" : ", ").Append(name);
                AddParameter(command, name, row[j]);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(' ').Append(tail).ToString();
        return command;
    }

    /// <summary>Binds <paramref name="value"/> (null as <c>DBNull</c>) to <paramref name="name"/>, untyped.</summary>
    public static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Runs <paramref name="command"/>; returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(CourseDbContext context, DbCommand command, string refusal, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException exception)
        {
            throw new DbUpdateException(refusal, exception);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The quoted (schema-qualified) table name of <paramref name="entity"/>.</summary>
    public static string Table(IEntityType entity) =>
        (entity.GetSchema() is { } schema ? Quote(schema) + "." : "") + Quote(entity.GetTableName()!);

    /// <summary>The quoted column name of <paramref name="property"/> of <paramref name="entity"/>.</summary>
    public static string Column(IEntityType entity, string property)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return Quote(entity.FindProperty(property)!.GetColumnName(table)!);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
