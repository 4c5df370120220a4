using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Tests.Data;

/// <summary>
/// A restart decides from <see cref="MigrationCatalog"/> whether a migration is pending: a list that differed from the
/// one EF Core applies would skip a migration (a missing table at the first answer) or apply one twice.
/// </summary>
public sealed class MigrationCatalogTests
{
    [Fact]
    public void The_catalog_lists_the_sqlite_migrations_EF_Core_finds_in_its_order()
    {
        using var context = new SqliteCourseDbContext(
            new DbContextOptionsBuilder<SqliteCourseDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.Equal(context.Database.GetMigrations(), MigrationCatalog.TryRead(typeof(SqliteCourseDbContext)));
    }

    [Fact]
    public void The_catalog_lists_the_postgres_migrations_EF_Core_finds_in_its_order()
    {
        using var context = new PostgresCourseDbContext(
            new DbContextOptionsBuilder<PostgresCourseDbContext>().UseNpgsql("Host=unused").Options);

        var known = MigrationCatalog.TryRead(typeof(PostgresCourseDbContext));

        Assert.Equal(context.Database.GetMigrations(), known);
        Assert.NotEqual(MigrationCatalog.TryRead(typeof(SqliteCourseDbContext)), known);
    }
}
