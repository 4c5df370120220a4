using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.DockerCoins;
using Microsoft.Extensions.Logging.Abstractions;

namespace Course.Tests.Cluster;

/// <summary>Replica changes of the site's cluster, recorded once and marked on the DockerCoins chart's labels.</summary>
public sealed class ReplicaMarksTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_change_of_worker_or_rng_desired_replicas_is_recorded_once_and_other_workloads_are_ignored()
    {
        var time = new ManualTimeProvider(Start);
        var log = new ReplicaChangeLog(new LabFeeds(new LabStatePublisher(LabState.Connecting(LabOrigin.Direct), NullLogger.Instance)), time);

        log.Observe(State(worker: 2, rng: 2, hasher: 1));
        log.Observe(State(worker: 2, rng: 2, hasher: 1));
        time.Advance(TimeSpan.FromSeconds(5));
        log.Observe(State(worker: 10, rng: 2, hasher: 3));
        time.Advance(TimeSpan.FromSeconds(5));
        log.Observe(State(worker: 10, rng: 3, hasher: 3));

        Assert.Equal(["worker : 2 → 10", "rng : 2 → 3"], log.Recent.Select(c => c.Text));
        Assert.Equal(Start.AddSeconds(5), log.Recent[0].At);
        time.Advance(ReplicaChangeLog.Window);
        Assert.Equal(["rng : 2 → 3"], log.Recent.Select(c => c.Text));
    }

    [Fact]
    public void A_change_labels_the_first_chart_point_at_or_after_it_and_changes_outside_the_chart_are_left_out()
    {
        var history = Enumerable.Range(0, 10).Select(i => new HashRatePoint(Start.AddSeconds(i), i * 4, 0, 4, 3.2, false)).ToList();
        var chart = HashRateChartData.From(history, TimeZoneInfo.Utc);
        var changes = new[]
        {
            new ReplicaChange(Start.AddSeconds(4.5), "worker", 2, 10),
            new ReplicaChange(Start.AddSeconds(-30), "rng", 1, 2),
        };

        var labels = ReplicaMarks.Label(chart.Labels, history, changes);

        // Points end at samples 1, 3, 5, 7, 9: the change at 4.5 s belongs to the point ending at 5 s.
        Assert.Equal(["", "", "worker : 2 → 10", "", ""], labels);
        Assert.All(chart.Labels, l => Assert.Equal("", l));
    }

    private static LabState State(int worker, int rng, int hasher) => new(LabOrigin.Direct, LabSnapshot.Empty(Start) with
    {
        Workloads =
        [
            new LabWorkload("hasher", LabWorkload.DeploymentKind, hasher, hasher, hasher, "hasher"),
            new LabWorkload("rng", LabWorkload.DaemonSetKind, rng, rng, rng, "rng"),
            new LabWorkload("worker", LabWorkload.DeploymentKind, worker, worker, worker, "worker"),
        ],
    }, null, Start);
}
