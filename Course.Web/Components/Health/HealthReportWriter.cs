using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Course.Web.Components.Health;

/// <summary>
/// Writes a health report as JSON: the overall status and, per check, its status, description and duration.
/// Exception details stay in the logs: the probes are reachable by anyone who reaches the site.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    // A check that threw carries the exception's own message (a driver's "Exception while reading
                    // from stream", a host name): that goes to the logs, the probe says only that it failed.
                    description = entry.Value.Exception is null ? entry.Value.Description : "Check failed; see the site's logs.",
                    durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
