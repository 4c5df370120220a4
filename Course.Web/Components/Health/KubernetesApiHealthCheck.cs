using k8s;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Course.Web.Components.Health;

/// <summary>
/// Asks the Kubernetes API for its version when the cluster feature registered a client (<see cref="IKubernetes"/>);
/// registered with failure status Degraded, since the site serves the course without a cluster.
/// </summary>
internal sealed class KubernetesApiHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<IKubernetes>() is not { } kubernetes)
        {
            return HealthCheckResult.Healthy("Not configured.");
        }

        try
        {
            var version = await kubernetes.Version.GetCodeAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Kubernetes {version.GitVersion}.");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Unreachable: {exception.GetType().Name}.");
        }
    }
}
