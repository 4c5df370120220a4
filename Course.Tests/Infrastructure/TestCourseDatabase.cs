using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Tests.Infrastructure;

/// <summary>Context factories for a course database outside a site, e.g. one reached through a <see cref="TcpRelay"/>.</summary>
public static class TestCourseDatabase
{
    /// <summary>A factory for the PostgreSQL database at <paramref name="connectionString"/> (already migrated by a site).</summary>
    public static IDbContextFactory<CourseDbContext> Postgres(string connectionString) =>
        new Factory(() => new PostgresCourseDbContext(
            new DbContextOptionsBuilder<PostgresCourseDbContext>().UseNpgsql(connectionString).Options));

    /// <summary>A factory for a SQLite file at <paramref name="path"/>; migrate it with <see cref="MigrateAsync"/>.</summary>
    public static IDbContextFactory<CourseDbContext> Sqlite(string path) =>
        new Factory(() => new SqliteCourseDbContext(
            new DbContextOptionsBuilder<SqliteCourseDbContext>().UseSqlite($"Data Source={path}").Options));

    /// <summary>Creates or updates the schema with the site's own migrations, as the site does at start-up.</summary>
    public static async Task MigrateAsync(this IDbContextFactory<CourseDbContext> contexts)
    {
        await using var context = await contexts.CreateDbContextAsync();
        await context.Database.MigrateAsync();
    }

    /// <summary>
    /// For component tests that never sign a student in: nothing may touch the database, and anything that does fails
    /// with a message saying how to give the test one.
    /// </summary>
    public static IDbContextFactory<CourseDbContext> None { get; } = new Factory(() => throw new InvalidOperationException(
        "This component test has no course database: call UseDatabase(site.Services) with a running site."));

    private sealed class Factory(Func<CourseDbContext> create) : IDbContextFactory<CourseDbContext>
    {
        public CourseDbContext CreateDbContext() => create();
    }
}
