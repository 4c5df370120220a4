using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Course.Web.Data;

/// <summary>
/// Creates and migrates the database during start-up, before the site listens: a database that cannot be reached
/// or migrated stops the process with the reason in the log. The check itself runs ahead, on a pool thread
/// (<see cref="DatabaseStartup"/>); this hosted service, first of all, waits for it and applies what is pending.
/// </summary>
internal sealed class DatabaseMigrator(
    IServiceProvider services,
    DatabaseStartup startup,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = options.Value.Provider;
        var pending = (await startup.RunAsync().WaitAsync(cancellationToken)).PendingMigrations;
        // Nothing pending, as on every restart: MigrateAsync would only take the migration lock and compare the model
        // with the last snapshot (building both from code and diffing them: about a second of a traced start,
        // docs/benchmarks.md "Session 10: cold start"). That comparison guards against a model change without its
        // migration; MigrationSnapshotTests makes it in the suite, for both providers, instead of in every pod start.
        if (pending > 0)
        {
            await using var context = await services.GetRequiredService<IDbContextFactory<CourseDbContext>>()
                .CreateDbContextAsync(cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
            if (provider == DatabaseProvider.Sqlite)
            {
                await UseWriteAheadLogAsync(context, cancellationToken);
            }
        }

        DataLog.DatabaseReady(logger, provider, pending);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// SQLite only: write-ahead logging lets readers go on while an answer is written; the mode is stored in the file.
    /// </summary>
    public static Task UseWriteAheadLogAsync(CourseDbContext context, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(WriteAheadLogSql, cancellationToken);

    /// <inheritdoc cref="UseWriteAheadLogAsync(CourseDbContext, CancellationToken)"/>
    public static async Task UseWriteAheadLogAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = WriteAheadLogSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string WriteAheadLogSql = "PRAGMA journal_mode=WAL;";
}
