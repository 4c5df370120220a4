using Course.Web.Components.Cluster.Lab;
using k8s;
using k8s.Models;

namespace Course.Web.Components.Cluster.Watching;

/// <summary>
/// The one watch cache of one cluster: a list-then-watch per resource (nodes, pods, services, deployments, daemonsets,
/// all namespaces, as the read-only role allows) and a loop that turns changes into lab states, at most one per
/// <c>minInterval</c>. The site's direct source and the lab reporter both run it; viewers only read its output.
/// </summary>
internal sealed class ClusterWatchCache
{
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly TimeProvider _time;
    private readonly string _namespace;
    private readonly ResourceWatch<V1Node> _nodes;
    private readonly ResourceWatch<V1Pod> _pods;
    private readonly ResourceWatch<V1Service> _services;
    private readonly ResourceWatch<V1Deployment> _deployments;
    private readonly ResourceWatch<V1DaemonSet> _daemonSets;

    /// <param name="relisting">Told the resource ("pods") each time a watch ended and is listed again (a metric).</param>
    public ClusterWatchCache(IKubernetes client, string dockerCoinsNamespace, TimeProvider time, Action<string>? relisting = null)
    {
        relisting ??= _ => { };
        _time = time;
        _namespace = dockerCoinsNamespace;
        // Servers end watches themselves after minutes; ask for a spread of lengths so watches do not all re-list at once.
        int Timeout() => Random.Shared.Next(240, 360);
        _nodes = new("nodes", async ct => Listed(await client.CoreV1.ListNodeAsync(cancellationToken: ct)),
            (rv, onError, ct) => client.CoreV1.WatchListNodeAsync(resourceVersion: rv, allowWatchBookmarks: true, timeoutSeconds: Timeout(), onError: onError, cancellationToken: ct),
            Signal, relisting, time);
        _pods = new("pods", async ct => Listed(await client.CoreV1.ListPodForAllNamespacesAsync(cancellationToken: ct)),
            (rv, onError, ct) => client.CoreV1.WatchListPodForAllNamespacesAsync(resourceVersion: rv, allowWatchBookmarks: true, timeoutSeconds: Timeout(), onError: onError, cancellationToken: ct),
            Signal, relisting, time);
        _services = new("services", async ct => Listed(await client.CoreV1.ListServiceForAllNamespacesAsync(cancellationToken: ct)),
            (rv, onError, ct) => client.CoreV1.WatchListServiceForAllNamespacesAsync(resourceVersion: rv, allowWatchBookmarks: true, timeoutSeconds: Timeout(), onError: onError, cancellationToken: ct),
            Signal, relisting, time);
        _deployments = new("deployments", async ct => Listed(await client.AppsV1.ListDeploymentForAllNamespacesAsync(cancellationToken: ct)),
            (rv, onError, ct) => client.AppsV1.WatchListDeploymentForAllNamespacesAsync(resourceVersion: rv, allowWatchBookmarks: true, timeoutSeconds: Timeout(), onError: onError, cancellationToken: ct),
            Signal, relisting, time);
        _daemonSets = new("daemonsets", async ct => Listed(await client.AppsV1.ListDaemonSetForAllNamespacesAsync(cancellationToken: ct)),
            (rv, onError, ct) => client.AppsV1.WatchListDaemonSetForAllNamespacesAsync(resourceVersion: rv, allowWatchBookmarks: true, timeoutSeconds: Timeout(), onError: onError, cancellationToken: ct),
            Signal, relisting, time);
    }

    /// <summary>
    /// Watches until <paramref name="stoppingToken"/> ends, calling <paramref name="publish"/> with a new state after
    /// changes, at most once per <paramref name="minInterval"/>.
    /// </summary>
    public async Task RunAsync(LabOrigin origin, TimeSpan minInterval, Func<LabState, Task> publish, CancellationToken stoppingToken)
    {
        var watches = new[]
        {
            _nodes.RunAsync(stoppingToken), _pods.RunAsync(stoppingToken), _services.RunAsync(stoppingToken),
            _deployments.RunAsync(stoppingToken), _daemonSets.RunAsync(stoppingToken),
        };
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _changed.WaitAsync(stoppingToken);
                await publish(State(origin));
                await Task.Delay(minInterval, _time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }

        await Task.WhenAll(watches.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    /// <summary>The current state: a snapshot once every resource listed, and the first problem of any resource.</summary>
    public LabState State(LabOrigin origin)
    {
        IEnumerable<(bool Synced, LabProblem? Problem)> all =
        [
            (_nodes.Synced, _nodes.Problem), (_pods.Synced, _pods.Problem), (_services.Synced, _services.Problem),
            (_deployments.Synced, _deployments.Problem), (_daemonSets.Synced, _daemonSets.Problem),
        ];
        var problem = all.Select(r => r.Problem).FirstOrDefault(p => p is not null);
        var snapshot = all.All(r => r.Synced)
            ? LabSnapshotBuilder.Build(_namespace, _time.GetUtcNow(), _nodes.Items, _pods.Items, _deployments.Items, _daemonSets.Items, _services.Items)
            : null;
        return new LabState(origin, snapshot, problem, problem is null && snapshot is not null ? _time.GetUtcNow() : null);
    }

    private void Signal()
    {
        // One pending signal is enough: the loop builds from the latest objects.
        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    private static (IEnumerable<T> Items, string? Version) Listed<T>(IItems<T> list) => (list.Items, ((IMetadata<V1ListMeta>)list).Metadata?.ResourceVersion);
}
