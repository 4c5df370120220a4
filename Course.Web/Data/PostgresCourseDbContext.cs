using Microsoft.EntityFrameworkCore;

namespace Course.Web.Data;

/// <summary>The course database on PostgreSQL (several replicas); migrations in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresCourseDbContext(DbContextOptions<PostgresCourseDbContext> options) : CourseDbContext(options);
