using Microsoft.EntityFrameworkCore;

namespace Course.Web.Data;

/// <summary>
/// Prepares EF Core on a pool thread while the course content loads on the main thread: its internal services and the
/// model. The model is the compiled one (<c>Data/CompiledModels</c>, scripts/optimize-model.sh), loaded rather than
/// built: until session 10 building it was the largest part of the migrator's start (about 0.8 s of CPU, see
/// docs/benchmarks.md, "Session 9: cold start"). The migrator then finds both ready (EF Core prepares them once, under
/// a lock, so a migrator that comes first simply waits).
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
