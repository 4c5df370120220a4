using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Tests.Data;

/// <summary>
/// Every model change has its migration, for both providers. The site's migrator no longer runs MigrateAsync on an
/// up-to-date database (the cold-start cost of its model comparison), so this is where a forgotten
/// <c>dotnet ef migrations add</c> is caught. The design-time factories are the ones the tools use; no database is
/// opened.
/// </summary>
public sealed class MigrationSnapshotTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), Advice);
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var context = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), Advice);
    }

    private const string Advice =
        "The model changed without a migration: scripts/add-migration.sh <Name> adds it for both providers (docs/data.md).";
}
