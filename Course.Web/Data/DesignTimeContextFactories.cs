using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Course.Web.Data;

// Used only by `dotnet ef migrations add` (see docs/data.md): the tools build the model without starting the site.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCourseDbContext>
{
    public SqliteCourseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCourseDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCourseDbContext>
{
    public PostgresCourseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCourseDbContext>().UseNpgsql("Host=localhost;Database=course_design").Options);
}
