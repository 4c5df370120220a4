using Course.Web.Data;
using Course.Web.Data.Entities;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// Stores a batch of pushes' lab rows in one statement, the same SQL on SQLite and PostgreSQL:
/// <c>INSERT … VALUES (…), (…) ON CONFLICT ("UserId") DO UPDATE</c>. A student's first push inserts their row, later
/// ones update it; a heartbeat (no snapshot) moves the last contact and keeps the stored snapshot.
/// </summary>
/// <remarks>
/// Why one upsert: an UPDATE, then an INSERT on a miss, then an UPDATE again when another replica inserted first, was
/// two or three statements per push; here a class's burst is one statement in one transaction. Each student appears
/// at most once per statement (PostgreSQL refuses to update one row twice in a statement): the caller merges a
/// student's pushes of one batch.
/// </remarks>
internal static class ReportedLabRows
{
    public static async Task UpsertAsync(CourseDbContext context, IReadOnlyList<ReportedLabRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = context.Model.FindEntityType(typeof(ReportedLabRecord))!;
        var table = SqlRows.Table(entity);
        var user = SqlRows.Column(entity, nameof(ReportedLabRecord.UserId));
        var json = SqlRows.Column(entity, nameof(ReportedLabRecord.SnapshotJson));
        var received = SqlRows.Column(entity, nameof(ReportedLabRecord.SnapshotReceivedAt));
        var contact = SqlRows.Column(entity, nameof(ReportedLabRecord.LastContactAt));
        await using var command = SqlRows.ValuesCommand(context, $"INSERT INTO {table} ({user}, {json}, {received}, {contact})", rows,
            row => [row.UserId, row.SnapshotJson, row.SnapshotReceivedAt, row.LastContactAt],
            $"ON CONFLICT ({user}) DO UPDATE SET {contact} = excluded.{contact}, "
            + $"{json} = COALESCE(excluded.{json}, {table}.{json}), {received} = COALESCE(excluded.{received}, {table}.{received})");
        await SqlRows.ExecuteAsync(context, command, "The database refused the lab rows.", cancellationToken);
    }
}
