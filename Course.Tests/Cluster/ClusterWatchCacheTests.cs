using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Cluster.Watching;
using k8s;

namespace Course.Tests.Cluster;

/// <summary>
/// The one watch cache of a cluster, with the real KubernetesClient against the fake API server: it follows changes,
/// re-lists after a 410 Gone or a dropped watch, and degrades with a French message on each fault, then recovers.
/// </summary>
public sealed class ClusterWatchCacheTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stop = new();
    private FakeKubernetesApi _api = null!;
    private Kubernetes _client = null!;
    private Task _run = Task.CompletedTask;
    private volatile LabState? _latest;
    private readonly System.Collections.Concurrent.ConcurrentQueue<LabProblemKind> _problems = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _relisted = new();

    public async Task InitializeAsync()
    {
        _api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel().WithDockerCoins(workers: 2);
        var configuration = _api.ClientConfiguration();
        configuration.HttpClientTimeout = Timeout.InfiniteTimeSpan;
        _client = new Kubernetes(configuration);
        var cache = new ClusterWatchCache(_client, "default", TimeProvider.System, _relisted.Enqueue);
        _run = cache.RunAsync(LabOrigin.Direct, TimeSpan.FromMilliseconds(50), state =>
        {
            _latest = state;
            if (state.Problem is { } problem)
            {
                _problems.Enqueue(problem.Kind);
            }

            return Task.CompletedTask;
        }, _stop.Token);
        await WaitForAsync(s => s.Snapshot is not null && s.Problem is null, "first snapshot");
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run;
        _client.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task One_list_then_one_watch_per_resource_then_changes_arrive_through_the_watches()
    {
        await WaitForAsync(_ => _api.OpenWatches == 5, "five watches");
        Assert.Equal(5, _api.ListRequests);
        var state = _latest!;
        Assert.Equal(["node1", "node2"], state.Snapshot!.Nodes.Select(n => n.Name));
        Assert.Equal(5, state.Snapshot.Workloads.Count);

        _api.Scale("worker", 10);
        _api.SetNodeReady("node2", false);
        await WaitForAsync(s => Worker(s) == (10, 10) && !s.Snapshot!.Nodes[1].Ready, "scale and NotReady");
        Assert.Equal(5, _api.ListRequests);
    }

    [Fact]
    public async Task A_410_Gone_makes_every_resource_re_list_and_changes_made_meanwhile_are_not_lost()
    {
        await WaitForAsync(_ => _api.OpenWatches == 5, "five watches");
        _api.Scale("worker", 4);
        _api.ExpireWatches();
        _api.Scale("worker", 6);
        await WaitForAsync(s => Worker(s) == (6, 6), "worker 6 after the 410");
        await WaitForAsync(_ => _api.ListRequests >= 10 && _api.OpenWatches == 5, "re-listed and watching again");
        Assert.Null(_latest!.Problem);
        // Each re-list is counted for the course.cluster.watch_restarts metric, per resource.
        Assert.Equal(["daemonsets", "deployments", "nodes", "pods", "services"], _relisted.Distinct().Order());
    }

    [Fact]
    public async Task A_dropped_watch_connection_re_lists_and_follows_again()
    {
        await WaitForAsync(_ => _api.OpenWatches == 5, "five watches");
        _api.DropWatches();
        _api.SetNodeReady("node2", false);
        await WaitForAsync(s => !s.Snapshot!.Nodes[1].Ready, "NotReady after the drop");
        await WaitForAsync(_ => _api.OpenWatches == 5, "watching again");
        _api.SetNodeReady("node2", true);
        await WaitForAsync(s => s.Snapshot!.Nodes[1].Ready, "Ready again through the new watch");
    }

    [Fact]
    public async Task A_403_names_the_verb_and_resource_keeps_the_last_snapshot_and_recovers_once_allowed()
    {
        _api.Forbid("list", "pods");
        _api.Forbid("watch", "pods");
        _api.DropWatches();
        var forbidden = await WaitForAsync(s => s.Problem?.Kind == LabProblemKind.Forbidden, "403");
        // Both verbs are refused: whichever of the re-list and the re-watch reaches the server first is named.
        Assert.Matches("« (list|watch) » sur « pods »", forbidden.Problem!.Message);
        Assert.NotNull(forbidden.Snapshot);

        _api.AllowEverything();
        _api.Scale("worker", 3);
        await WaitForAsync(s => s.Problem is null && Worker(s) == (3, 3), "recovered");
    }

    [Fact]
    public async Task An_unreachable_or_unauthorized_API_server_says_so_and_the_cache_recovers()
    {
        _api.Unreachable = true;
        _api.DropWatches();
        var unreachable = await WaitForAsync(s => s.Problem?.Kind == LabProblemKind.Unreachable, "unreachable");
        Assert.StartsWith("Serveur d’API injoignable", unreachable.Problem!.Message);
        _api.Unreachable = false;
        _api.Unauthorized = true;
        var unauthorized = await WaitForAsync(s => s.Problem?.Kind == LabProblemKind.Unauthorized, "401");
        Assert.Contains("401", unauthorized.Problem!.Message);
        _api.Unauthorized = false;
        await WaitForAsync(s => s.Problem is null, "recovered");
    }

    [Fact]
    public async Task A_malformed_object_in_a_watch_is_reported_and_a_fresh_list_repairs_the_cache()
    {
        await WaitForAsync(_ => _api.OpenWatches == 5, "five watches");
        _api.Nodes.SendRaw("""{"type":"MODIFIED","object":{"kind":"Node","apiVersion":"v1","metadata":{"name":["not","a","string"]}}}""");
        await WaitForAsync(_ => _api.Nodes.ListRequests >= 2, "nodes re-listed after the malformed event");
        await WaitForAsync(s => s.Problem is null && s.Snapshot!.Nodes.Count == 2, "repaired");
        Assert.Contains(LabProblemKind.Malformed, _problems);
    }

    private static (int Desired, int Ready)? Worker(LabState state) =>
        state.Snapshot?.Workloads.FirstOrDefault(w => w.Name == "worker") is { } w ? (w.Desired, w.Ready) : null;

    private async Task<LabState> WaitForAsync(Func<LabState, bool> condition, string what) =>
        (await Eventually.ValueAsync(() => _latest, state => state is not null && condition(state), what, Patience))!;
}
