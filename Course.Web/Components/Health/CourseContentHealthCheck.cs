using Course.Content.Model;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Course.Web.Components.Health;

/// <summary>Ready once the course is loaded (it is at start-up; invalid content stops the app before it serves).</summary>
internal sealed class CourseContentHealthCheck(CourseContent course) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(course.Chapters.Count > 0
            ? HealthCheckResult.Healthy($"{course.Chapters.Count} chapters loaded.")
            : HealthCheckResult.Unhealthy("No chapter loaded."));
}
