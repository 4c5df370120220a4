using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Cluster.Watching;
using Course.Web.Components.Telemetry;
using k8s;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Cluster;

/// <summary>The site's own cluster, read directly with its one <see cref="IKubernetes"/>: one watch cache, many viewers.</summary>
internal sealed class DirectClusterFeed(
    IKubernetes client, IOptions<ClusterOptions> options, CourseMetrics metrics, TimeProvider time, ILogger<DirectClusterFeed> logger)
    : BackgroundService, ILabFeed
{
    /// <summary>Coalesces bursts (a rollout changes many pods) into one view update per 250 ms.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);

    private readonly LabStatePublisher _publisher = new(LabState.Connecting(LabOrigin.Direct), logger);
    private LabProblem? _lastProblem;

    public LabState Current => _publisher.Current;

    public IDisposable Subscribe(Func<LabState, Task> onState) => _publisher.Subscribe(onState);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cache = new ClusterWatchCache(client, options.Value.Namespace, time, metrics.WatchRestarted);
        return cache.RunAsync(LabOrigin.Direct, MinInterval, state =>
        {
            if (state.Problem != _lastProblem)
            {
                if (state.Problem is { } problem)
                {
                    logger.WatchDegraded(problem.Message);
                }
                else
                {
                    logger.WatchRecovered();
                }

                _lastProblem = state.Problem;
            }

            // Keep the last known snapshot while a resource is degraded, and say when the API last answered.
            var previous = _publisher.Current;
            var merged = state with
            {
                Snapshot = state.Snapshot ?? previous.Snapshot,
                LastContact = state.LastContact ?? previous.LastContact,
            };
            return _publisher.PublishAsync(merged);
        }, stoppingToken);
    }
}
