using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Course.Web.Components.Health;

/// <summary>Reports an optional dependency this instance was not configured to use.</summary>
internal sealed class NotConfiguredHealthCheck(string description) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(description));
}
