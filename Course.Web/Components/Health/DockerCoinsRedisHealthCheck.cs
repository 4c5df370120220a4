using Course.Web.Components.DockerCoins;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Course.Web.Components.Health;

/// <summary>
/// Pings the students' DockerCoins Redis through the app's one multiplexer. Registered with failure status Degraded:
/// that Redis belongs to the lab, and its absence must never take the site out of its Service.
/// </summary>
internal sealed class DockerCoinsRedisHealthCheck(DockerCoinsRedisConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var multiplexer = await connection.GetAsync();
            var latency = await multiplexer.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Answered in {latency.TotalMilliseconds:0.#} ms.");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Unreachable: {exception.GetType().Name}.");
        }
    }
}
