using Course.Web.Components.Cluster.Lab;
using k8s;
using k8s.Models;

namespace Course.Web.Components.Cluster.Watching;

/// <summary>
/// One list-then-watch loop for one resource type. Any end of the watch stream means "re-list": KubernetesClient's
/// watch ends quietly on a 410 Gone ERROR event, and API servers close watches after a few minutes. Failures back off
/// from 0.5 s to 30 s; a re-list after a healthy watch is immediate.
/// </summary>
internal sealed class ResourceWatch<T>(
    string resource,
    Func<CancellationToken, Task<(IEnumerable<T> Items, string? Version)>> list,
    Func<string?, Action<Exception>, CancellationToken, IAsyncEnumerable<(WatchEventType Type, T Item)>> watch,
    Action changed,
    Action<string> relisting,
    TimeProvider time)
    where T : IKubernetesObject<V1ObjectMeta>
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private Dictionary<string, T> _items = [];

    public string Resource => resource;

    public IReadOnlyCollection<T> Items => Volatile.Read(ref _items).Values;

    public LabProblem? Problem { get; private set; }

    /// <summary>Set once the first list succeeded.</summary>
    public bool Synced { get; private set; }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var listed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var verb = "list";
            if (listed)
            {
                relisting(resource);
            }

            listed = true;
            try
            {
                var (items, version) = await list(stoppingToken);
                Volatile.Write(ref _items, items.Where(i => i.Metadata?.Name is not null).ToDictionary(Key));
                Synced = true;
                Problem = null;
                changed();
                verb = "watch";
                failures = await WatchAsync(version, stoppingToken) ? 0 : failures + 1;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ClusterProblems.From(ex, verb, resource) is { } problem)
            {
                SetProblem(problem);
                failures++;
            }

            if (failures > 0)
            {
                var backoff = TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 500 * Math.Pow(2, failures - 1)));
                await Task.Delay(backoff * (0.8 + (Random.Shared.NextDouble() * 0.4)), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Applies watch events until the stream ends; false when it failed or ended at once (backs off).</summary>
    private async Task<bool> WatchAsync(string? version, CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Exception? failure = null;
        var started = time.GetUtcNow();
        try
        {
            // A malformed event makes the client call onError; end the watch so a fresh list repairs the cache.
            await foreach (var (type, item) in watch(version, error => { failure ??= error; stop.Cancel(); }, stop.Token))
            {
                if (item?.Metadata?.Name is null || type is WatchEventType.Bookmark)
                {
                    continue;
                }

                var items = new Dictionary<string, T>(Volatile.Read(ref _items));
                if (type == WatchEventType.Deleted)
                {
                    items.Remove(Key(item));
                }
                else if (type is WatchEventType.Added or WatchEventType.Modified)
                {
                    items[Key(item)] = item;
                }

                Volatile.Write(ref _items, items);
                changed();
            }
        }
        catch (OperationCanceledException) when (failure is not null && !stoppingToken.IsCancellationRequested)
        {
        }

        if (failure is KubernetesException { Status.Code: 410 })
        {
            // 410 Gone: the resourceVersion is too old (etcd compacted). Not a fault: re-list at once.
            return true;
        }

        if (failure is not null)
        {
            if (ClusterProblems.From(failure, "watch", resource) is { } problem)
            {
                SetProblem(problem);
            }

            return false;
        }

        return time.GetUtcNow() - started > TimeSpan.FromSeconds(1);
    }

    private void SetProblem(LabProblem? problem)
    {
        if (Problem != problem)
        {
            Problem = problem;
            changed();
        }
    }

    private static string Key(T item) => $"{item.Metadata.NamespaceProperty}/{item.Metadata.Name}";
}
