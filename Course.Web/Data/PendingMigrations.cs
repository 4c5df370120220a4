using System.Data.Common;

namespace Course.Web.Data;

/// <summary>
/// The migrations of the model that the database has not applied yet, read the cheap way on a restart: one plain
/// <c>SELECT</c> of the history table on a plain connection, compared with the ids compiled into the site
/// (<see cref="MigrationCatalog"/>). EF Core's <c>GetPendingMigrationsAsync</c> builds the context's services, a model
/// of the history table and checks that the table exists first, through its diagnostics and OpenTelemetry's: about
/// 0.35 s of a traced start on a database that is up to date (docs/benchmarks.md, "Session 11: cold start"), plus the
/// context's services ("Session 16").
/// </summary>
internal static class PendingMigrations
{
    // EF Core's default history table, which neither provider's context renames.
    private const string AppliedSql = """SELECT "MigrationId" FROM "__EFMigrationsHistory" """;

    /// <summary>
    /// The pending ids in EF Core's order, or null when the history cannot be read this way (no table: a new
    /// database; or the query failed): EF Core's own check must decide then, and reports an unreachable database
    /// with its reason.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> TryListAsync(DbConnection connection, Type contextType, CancellationToken cancellationToken)
    {
        if (MigrationCatalog.TryRead(contextType) is not { } known)
        {
            return null;
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = AppliedSql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            return [.. known.Where(id => !applied.Contains(id))];
        }
        catch (DbException)
        {
            return null;
        }
    }
}
