using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Course.Tests.Data;

/// <summary>
/// The database's start runs ahead of the content on a pool thread (<see cref="DatabaseStartup"/>) and reads the
/// migrations history, the roles and the key ring with plain SQL: what it reports must be what EF Core and Identity
/// would find, or a restart would skip a migration, a role or a key.
/// </summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task A_restart_on_an_up_to_date_database_finds_nothing_to_migrate_and_both_roles()
    {
        using var data = new TestDataDirectory();
        await StartOnceAsync(data);

        await using var restarted = Site(data);
        _ = restarted.Server;

        var found = await restarted.Services.GetRequiredService<DatabaseStartup>().RunAsync();
        Assert.Equal(new DatabaseStartupResult(0, RolesExist: true), found);
    }

    [Fact]
    public async Task A_migration_missing_from_the_history_is_reported_pending_and_only_it()
    {
        using var data = new TestDataDirectory();
        await using var site = Site(data);
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContextAsync();
        var last = context.Database.GetMigrations().Last();
        await using var connection = site.Services.GetRequiredService<CourseConnections>().Create();
        await connection.OpenAsync();
        Assert.Empty((await PendingMigrations.TryListAsync(connection, typeof(SqliteCourseDbContext), CancellationToken.None))!);

        await context.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""");

        Assert.Equal([last], await PendingMigrations.TryListAsync(connection, typeof(SqliteCourseDbContext), CancellationToken.None));
    }

    [Fact]
    public async Task A_new_database_is_left_to_EF_Core_and_the_site_applies_every_migration()
    {
        using var data = new TestDataDirectory();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, DatabaseOptions.SqliteFileName)};Pooling=False"))
        {
            await connection.OpenAsync();
            Assert.Null(await PendingMigrations.TryListAsync(connection, typeof(SqliteCourseDbContext), CancellationToken.None));
        }

        await using var site = Site(data);
        var found = await site.Services.GetRequiredService<DatabaseStartup>().RunAsync();

        await using var context = await site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContextAsync();
        Assert.Equal(context.Database.GetMigrations().Count(), found.PendingMigrations);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_role_deleted_between_two_starts_is_created_again()
    {
        using var data = new TestDataDirectory();
        await StartOnceAsync(data);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, DatabaseOptions.SqliteFileName)};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """DELETE FROM "AspNetRoles" WHERE "Name" = 'Formateur'""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await using var restarted = Site(data);
        _ = restarted.Server;

        Assert.False((await restarted.Services.GetRequiredService<DatabaseStartup>().RunAsync()).RolesExist);
        await using var scope = restarted.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(CourseRoles.Instructor));
    }

    [Fact]
    public async Task The_key_ring_is_read_with_every_key_EF_Core_stored()
    {
        using var data = new TestDataDirectory();
        await using var site = Site(data);
        var keys = site.Services.GetRequiredService<IKeyManager>();
        var first = keys.GetAllKeys().Single().KeyId;
        var second = keys.CreateNewKey(DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(90)).KeyId;

        var repository = site.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;

        Assert.IsType<KeyTableReader>(repository);
        var ids = repository!.GetAllElements().Select(e => Guid.Parse(e.Attribute("id")!.Value)).Order().ToList();
        Assert.Equal(new[] { first, second }.Order(), ids);
    }

    private static InMemorySiteFactory Site(TestDataDirectory data) => new InMemorySiteFactory().With("Database:DataDirectory", data.Path);

    private static async Task StartOnceAsync(TestDataDirectory data)
    {
        await using var first = Site(data);
        _ = first.Server;
    }
}
