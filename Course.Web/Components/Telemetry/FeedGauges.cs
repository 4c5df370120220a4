using System.Diagnostics.Metrics;
using Course.Web.Components.DockerCoins;
using Course.Web.Components.Instructor.Dashboard;

namespace Course.Web.Components.Telemetry;

/// <summary>
/// Gauges read from the live producers when the exporter collects: open dashboards (viewers subscribed to each
/// feed) and how old the newest DockerCoins sample is (it grows while Redis is unreachable).
/// </summary>
internal sealed class FeedGauges(CourseMetrics metrics, CohortDashboardFeed cohorts, HashRateMonitor hashRate, TimeProvider time)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Meter.CreateObservableGauge(
            "course.dashboards.open",
            () => new[]
            {
                new Measurement<int>(cohorts.SubscriberCount, new KeyValuePair<string, object?>("dashboard", "cohort")),
                new Measurement<int>(hashRate.SubscriberCount, new KeyValuePair<string, object?>("dashboard", "dockercoins")),
            },
            "{dashboard}",
            "Live dashboards open on this instance.");
        metrics.Meter.CreateObservableGauge(
            "course.dockercoins.sample_lag",
            SampleLag,
            "s",
            "Age of the newest DockerCoins reading; none before the first reading.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<double>> SampleLag()
    {
        if (hashRate.Current?.LastSampleAt is { } at)
        {
            yield return new Measurement<double>(Math.Max(0, (time.GetUtcNow() - at).TotalSeconds));
        }
    }
}
