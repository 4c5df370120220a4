using System.Data.Common;
using System.Globalization;
using Course.Web.Components.Account;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Data;

/// <summary>
/// The database's share of the start-up, run on a pool thread from right after the host is built, beside the content
/// loading, the pipeline and the endpoints on the main thread: the pending migrations (<see cref="PendingMigrations"/>),
/// then, on a database with nothing to apply (every restart), data protection's key ring
/// (<see cref="KeyTableReader"/>) and the roles. On a restart it reads them on plain connections
/// (<see cref="CourseConnections"/>): EF Core's services are not built on the start path (docs/benchmarks.md,
/// "Session 16"); the first query that needs them builds them, after the first page (the background reloads wait for
/// it, <c>BackgroundStartGate</c>).
/// </summary>
/// <remarks>
/// Nothing here changes the schema before the content is known to be valid: migrations are only counted, and applied
/// by <see cref="DatabaseMigrator"/>, a hosted service that starts after the content check; with migrations pending the
/// key ring and the roles are left to their hosted services, in their old order. A failure of the migrations check (an
/// unreachable database) is thrown to the migrator, which stops the start as before; the key ring and the roles are
/// only read ahead, and their hosted services report their own errors.
/// </remarks>
internal sealed class DatabaseStartup(
    IServiceProvider services,
    CourseConnections connections,
    ILogger<DatabaseStartup> logger)
{
    private readonly Lock _gate = new();
    private Task<DatabaseStartupResult>? _run;

    /// <summary>Starts the work once, on a pool thread; later calls return the same task.</summary>
    public Task<DatabaseStartupResult> RunAsync()
    {
        lock (_gate)
        {
            return _run ??= Task.Run(RunCoreAsync);
        }
    }

    private async Task<DatabaseStartupResult> RunCoreAsync()
    {
        var provider = connections.Provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DataRegistration.SqliteFilePath(services))!);
        }

        bool rolesExist;
        await using (var connection = connections.Create())
        {
            var pending = await PendingMigrationsAsync(connection);
            if (pending > 0)
            {
                return new DatabaseStartupResult(pending, RolesExist: false);
            }

            if (provider == DatabaseProvider.Sqlite)
            {
                await DatabaseMigrator.UseWriteAheadLogAsync(connection, CancellationToken.None);
            }

            rolesExist = await RolesExistAsync(connection);
        }

        ReadKeyRing();
        return new DatabaseStartupResult(0, rolesExist);
    }

    private async Task<int> PendingMigrationsAsync(DbConnection connection)
    {
        var contextType = connections.Provider == DatabaseProvider.Postgres ? typeof(PostgresCourseDbContext) : typeof(SqliteCourseDbContext);
        // An unreachable database fails here, with Npgsql's or SQLite's reason, to the migrator, which stops the start.
        await connection.OpenAsync();
        if (await PendingMigrations.TryListAsync(connection, contextType, CancellationToken.None) is { } pending)
        {
            return pending.Count;
        }

        // No history table (a new database): EF Core's own check.
        await using var context = await services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContextAsync();
        return (await context.Database.GetPendingMigrationsAsync()).Count();
    }

    // Data protection's hosted service finds the ring cached (its first render needs it for Blazor's markers).
    private void ReadKeyRing()
    {
        try
        {
            _ = services.GetRequiredService<IKeyRingProvider>().GetCurrentKeyRing();
        }
        catch (Exception exception)
        {
            DataLog.KeyRingReadAheadFailed(logger, exception);
        }
    }

    // One plain count instead of RoleManager's queries (EF Core compiles each at its first use: about 0.3 s of a traced
    // start). The names are normalized as Identity's default normalizer does; any doubt leaves the check to RoleSeeder.
    private async Task<bool> RolesExistAsync(DbConnection connection)
    {
        try
        {
            await using var command = connection.CreateCommand();
            var names = CourseRoles.All.Select((role, i) => (Name: $"@role{i}", Value: role.ToUpperInvariant())).ToList();
            command.CommandText =
                $"""SELECT COUNT(*) FROM "AspNetRoles" WHERE "NormalizedName" IN ({string.Join(", ", names.Select(n => n.Name))})""";
            foreach (var (name, value) in names)
            {
                SqlRows.AddParameter(command, name, value);
            }

            return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == CourseRoles.All.Count;
        }
        catch (Exception exception)
        {
            DataLog.RolesReadAheadFailed(logger, exception);
            return false;
        }
    }
}
