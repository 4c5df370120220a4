using Microsoft.EntityFrameworkCore;

namespace Course.Web.Data;

/// <summary>
/// Builds EF Core's model of the database on a pool thread while the course content loads on the main thread: the
/// model is the largest part of the migrator's start (about 0.8 s of CPU, see docs/benchmarks.md, "Session 9: cold
/// start"), and on two cores the two no longer wait for each other. The migrator then finds the model built (EF Core
/// builds it once, under a lock, so a migrator that comes first simply waits for it).
/// </summary>
internal static class DatabaseModelWarmup
{
    public static void StartBuildingDatabaseModel(this WebApplication app)
    {
        var services = app.Services;
        _ = Task.Run(() =>
        {
            try
            {
                using var context = services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContext();
                _ = context.Model;
            }
            catch (Exception)
            {
                // Only a warm-up: the same error (bad options, a provider that cannot load) stops the start in the
                // migrator, with its reason in the log.
            }
        });
    }
}
