using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Course.Web.Components.Search;

/// <summary>
/// Ready once the search index is built (it is built in the background after start-up). The probe waits for the
/// build, within its registration's timeout, rather than fail at once: a pod joins its Service when a search would
/// answer without waiting, and a probe sent a moment too early is simply answered a moment later.
/// </summary>
internal sealed class SearchIndexHealthCheck(CourseSearch search) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var index = await search.Index.WaitAsync(cancellationToken);
        return HealthCheckResult.Healthy($"{index.DocumentCount} sections indexed.");
    }
}
