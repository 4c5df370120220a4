using System.Collections.Immutable;
using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster;

/// <summary>
/// Remembers each change of <c>worker</c> and <c>rng</c> replicas on the site's own cluster (direct or demonstration)
/// over the DockerCoins chart's window, so the chart can mark them where the hash rate moved. One subscription to
/// the site's feed per app instance; the DockerCoins page only reads <see cref="Recent"/>.
/// </summary>
internal sealed class ReplicaChangeLog(LabFeeds feeds, TimeProvider time) : BackgroundService
{
    /// <summary>The DockerCoins chart shows the last 10 minutes.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private static readonly string[] Watched = ["worker", "rng"];

    private readonly Dictionary<string, int> _desired = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private ImmutableList<ReplicaChange> _recent = [];

    /// <summary>The changes of the last <see cref="Window"/>, oldest first.</summary>
    public IReadOnlyList<ReplicaChange> Recent
    {
        get
        {
            var since = time.GetUtcNow() - Window;
            return _recent.Where(c => c.At >= since).ToList();
        }
    }

    /// <summary>Compares a new state with the last one and records each change of the watched workloads.</summary>
    public void Observe(LabState state)
    {
        if (state.Snapshot is not { } snapshot)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var workload in snapshot.Workloads.Where(w => Watched.Contains(w.Name)))
            {
                if (_desired.TryGetValue(workload.Name, out var before) && before != workload.Desired)
                {
                    var since = time.GetUtcNow() - Window;
                    _recent = _recent.RemoveAll(c => c.At < since).Add(new ReplicaChange(time.GetUtcNow(), workload.Name, before, workload.Desired));
                }

                _desired[workload.Name] = workload.Desired;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feeds.Site.Subscribe(state =>
        {
            Observe(state);
            return Task.CompletedTask;
        });
        Observe(feeds.Site.Current);
        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
