using Course.Web.Components.DockerCoins;
using Course.Web.Components.Search;
using Course.Web.Data;
using HealthChecks.NpgSql;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Health;

/// <summary>
/// Kubernetes probes: <c>/healthz</c> (liveness: the process serves; nothing else, so a database outage never gets
/// every pod restarted) and <c>/readyz</c> (readiness: the course is loaded and the database answers). The students'
/// DockerCoins Redis and the Kubernetes API are reported in the body but never take a pod out of its Service.
/// </summary>
internal static class HealthRegistration
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    /// <summary>Checks that take the pod out of rotation when they fail.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Checks only reported in the readiness body.</summary>
    public const string InformationalTag = "informational";

    private static readonly TimeSpan _checkTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Generous: on a loaded node the build can take a few seconds, and a probe past it only answers 503.</summary>
    private static readonly TimeSpan _searchBuildTimeout = TimeSpan.FromSeconds(10);

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<CourseContentHealthCheck>("content", tags: [ReadyTag])
            // The index is built after start-up (about a second): readiness waits for it, up to its own timeout.
            .AddCheck<SearchIndexHealthCheck>("search", tags: [ReadyTag], timeout: _searchBuildTimeout);

        // The provider is read the way DatabaseOptions binds it; an invalid value stops start-up there.
        var provider = builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        if (string.Equals(provider, nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase))
        {
            checks.Add(new HealthCheckRegistration(
                "database",
                sp => new NpgSqlHealthCheck(new NpgSqlHealthCheckOptions(
                    sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString!)),
                HealthStatus.Unhealthy,
                [ReadyTag],
                _checkTimeout));
        }
        else
        {
            checks.AddDbContextCheck<CourseDbContext>("database", tags: [ReadyTag]);
        }

        checks.Add(new HealthCheckRegistration(
            "dockercoins-redis", sp => DockerCoinsRedisCheck(sp), HealthStatus.Degraded, [InformationalTag], _checkTimeout));
        checks.Add(new HealthCheckRegistration(
            "kubernetes-api",
            sp => ActivatorUtilities.CreateInstance<KubernetesApiHealthCheck>(sp),
            HealthStatus.Degraded,
            [InformationalTag],
            _checkTimeout));
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableHttpMetrics();
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            // Informational checks run too, but with failure status Degraded, which still answers 200.
            Predicate = check => check.Tags.Contains(ReadyTag) || check.Tags.Contains(InformationalTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableHttpMetrics();
        return app;
    }

    private static IHealthCheck DockerCoinsRedisCheck(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DockerCoinsOptions>>().Value;
        if (!options.RedisConfigured)
        {
            return new NotConfiguredHealthCheck(options.MinerEnabled
                ? "Not configured: the embedded miner feeds the dashboard."
                : "Not configured.");
        }

        // The app's one multiplexer, as the dashboard uses it: no second connection to the students' Redis.
        var connection = services.GetRequiredService<DockerCoinsRedisConnection>();
        return new DockerCoinsRedisHealthCheck(connection);
    }
}
