using Course.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Data;

/// <summary>
/// The site's one database: Identity accounts, cohorts, saved progress and the data-protection key ring.
/// Each provider has a derived type (<see cref="SqliteCourseDbContext"/>, <see cref="PostgresCourseDbContext"/>)
/// only so that each keeps its own migrations; features use this type through
/// <c>IDbContextFactory&lt;CourseDbContext&gt;</c>, one context per operation.
/// </summary>
public abstract class CourseDbContext(DbContextOptions options) : IdentityDbContext<CourseUser>(options), IDataProtectionKeyContext
{
    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<CohortMembership> CohortMemberships => Set<CohortMembership>();

    public DbSet<QuizAnswerRecord> QuizAnswers => Set<QuizAnswerRecord>();

    public DbSet<ChapterProgressRecord> ChapterProgress => Set<ChapterProgressRecord>();

    public DbSet<ReportedLabRecord> ReportedLabs => Set<ReportedLabRecord>();

    public DbSet<LabCheckPassRecord> LabCheckPasses => Set<LabCheckPassRecord>();

    public DbSet<ReportedDockerCoinsPushRecord> ReportedDockerCoinsPushes => Set<ReportedDockerCoinsPushRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CourseDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
