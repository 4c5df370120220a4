using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Instructor.Dashboard;
using Course.Web.Components.Instructor.Exports;
using Course.Web.Components.Instructor.Statistics;

namespace Course.Web.Components.Instructor;

/// <summary>Registers the instructor feature: cohorts and join codes, the live cohort dashboards, the CSV exports.</summary>
internal static class InstructorRegistration
{
    public static IHostApplicationBuilder AddInstructor(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<InstructorAccess>();
        services.AddSingleton<CohortService>();
        services.AddSingleton<CohortMembershipService>();
        services.AddSingleton<CohortDashboardBuilder>();
        services.AddSingleton<CohortDashboardLoader>();
        services.AddSingleton<CohortCsvExporter>();
        services.AddSingleton<CohortDashboardFeed>();
        services.AddSingleton<ICohortDashboardFeed>(sp => sp.GetRequiredService<CohortDashboardFeed>());
        services.AddHostedService(sp => sp.GetRequiredService<CohortDashboardFeed>());
        return builder;
    }

    public static WebApplication MapInstructor(this WebApplication app)
    {
        app.MapCohortExports();
        return app;
    }
}
