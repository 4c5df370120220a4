using Microsoft.EntityFrameworkCore;

namespace Course.Web.Data;

/// <summary>The course database on SQLite (the embedded default); migrations in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCourseDbContext(DbContextOptions<SqliteCourseDbContext> options) : CourseDbContext(options);
