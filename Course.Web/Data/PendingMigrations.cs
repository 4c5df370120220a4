using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Data;

/// <summary>
/// The migrations of the model that the database has not applied yet, read the cheap way on a restart: one plain
/// <c>SELECT</c> of the history table on the context's connection. EF Core's <c>GetPendingMigrationsAsync</c> builds a
/// model of the history table and checks that the table exists first, through its diagnostics and OpenTelemetry's:
/// about 0.35 s of a traced start on a database that is up to date (docs/benchmarks.md, "Session 11: cold start").
/// </summary>
internal static class PendingMigrations
{
    // EF Core's default history table, which neither provider's context renames.
    private const string AppliedSql = """SELECT "MigrationId" FROM "__EFMigrationsHistory" """;

    public static async Task<IReadOnlyList<string>> ListAsync(CourseDbContext context, CancellationToken cancellationToken)
    {
        var known = context.Database.GetMigrations();
        var applied = await TryReadAppliedAsync(context, cancellationToken);
        if (applied is null)
        {
            // No history table (a new database) or the plain query failed: EF Core's own check decides, and reports
            // an unreachable database with its reason.
            return [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];
        }

        return [.. known.Where(id => !applied.Contains(id))];
    }

    private static async Task<HashSet<string>?> TryReadAppliedAsync(CourseDbContext context, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = SqlRows.Command(context, AppliedSql);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            return applied;
        }
        catch (DbException)
        {
            return null;
        }
        finally
        {
            if (opened)
            {
                await context.Database.CloseConnectionAsync();
            }
        }
    }
}
