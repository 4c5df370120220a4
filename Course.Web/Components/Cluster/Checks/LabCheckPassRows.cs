using Course.Web.Data;
using Course.Web.Data.Entities;

namespace Course.Web.Components.Cluster.Checks;

/// <summary>
/// Stores passed checks in one statement, the same SQL on SQLite and PostgreSQL:
/// <c>INSERT … VALUES (…), (…) ON CONFLICT ("UserId", "CheckId") DO NOTHING</c>. A check already stored keeps its first
/// time, so no read is needed first and a race with another push, tab or replica is no error.
/// </summary>
internal static class LabCheckPassRows
{
    /// <summary>Inserts the rows not stored yet; returns how many were new.</summary>
    public static async Task<int> InsertNewAsync(CourseDbContext context, IReadOnlyList<LabCheckPassRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var entity = context.Model.FindEntityType(typeof(LabCheckPassRecord))!;
        var user = SqlRows.Column(entity, nameof(LabCheckPassRecord.UserId));
        var check = SqlRows.Column(entity, nameof(LabCheckPassRecord.CheckId));
        var slug = SqlRows.Column(entity, nameof(LabCheckPassRecord.ChapterSlug));
        var passed = SqlRows.Column(entity, nameof(LabCheckPassRecord.PassedAt));
        await using var command = SqlRows.ValuesCommand(
            context, $"INSERT INTO {SqlRows.Table(entity)} ({user}, {check}, {slug}, {passed})", rows,
            row => [row.UserId, row.CheckId, row.ChapterSlug, row.PassedAt], $"ON CONFLICT ({user}, {check}) DO NOTHING");
        return await SqlRows.ExecuteAsync(context, command, "The database refused the lab check passes.", cancellationToken);
    }
}
