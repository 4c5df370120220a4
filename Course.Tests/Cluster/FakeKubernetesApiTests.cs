using System.Net;
using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Course.Tests.Cluster;

/// <summary>The fake API server answers the real KubernetesClient as an API server would.</summary>
public sealed class FakeKubernetesApiTests : IAsyncLifetime
{
    private FakeKubernetesApi _api = null!;
    private Kubernetes _client = null!;

    public async Task InitializeAsync()
    {
        _api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel().WithDockerCoins(workers: 2);
        var configuration = _api.ClientConfiguration();
        configuration.HttpClientTimeout = Timeout.InfiniteTimeSpan;
        _client = new Kubernetes(configuration);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_list_then_watch_sees_every_change_after_the_lists_resource_version()
    {
        var nodes = await _client.CoreV1.ListNodeAsync();
        Assert.Equal(["node1", "node2"], nodes.Items.Select(n => n.Metadata.Name).Order());
        Assert.Equal("KubeletReady", nodes.Items[0].Status.Conditions[0].Reason);

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = new List<(WatchEventType, string)>();
        var watch = _client.CoreV1.WatchListNodeAsync(resourceVersion: nodes.Metadata.ResourceVersion, allowWatchBookmarks: true, cancellationToken: cancel.Token);
        _api.SetNodeReady("node2", false);
        _api.Nodes.Apply(KubeadmLab.Node("node3", controlPlane: false));
        _api.Nodes.Delete(null, "node3");

        // The changes above happened before the watch connected: they are replayed from the list's resourceVersion.
        // A bookmark goes only to open watches, so it is sent once the client's watch is connected.
        await using var stream = watch.GetAsyncEnumerator(cancel.Token);
        var next = stream.MoveNextAsync();
        await Eventually.HoldsAsync(() => _api.OpenWatches > 0, "the client's watch connects");

        _api.Nodes.SendBookmark();
        while (await next)
        {
            var (type, node) = stream.Current;
            events.Add((type, node.Metadata.Name ?? ""));
            if (type == WatchEventType.Bookmark)
            {
                break;
            }

            next = stream.MoveNextAsync();
        }

        Assert.Equal(
            [(WatchEventType.Modified, "node2"), (WatchEventType.Added, "node3"), (WatchEventType.Deleted, "node3"), (WatchEventType.Bookmark, "")],
            events);
    }

    [Fact]
    public async Task A_410_Gone_error_event_ends_the_clients_watch_and_a_stale_resource_version_gets_it_at_once()
    {
        var pods = await _client.CoreV1.ListPodForAllNamespacesAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var watch = _client.CoreV1.WatchListPodForAllNamespacesAsync(resourceVersion: pods.Metadata.ResourceVersion, cancellationToken: cancel.Token);
        await Eventually.HoldsAsync(() => _api.Pods.OpenWatches == 1, "one pods watch open");
        _api.SetNodeReady("node2", false);
        _api.ExpireWatches();
        var seen = 0;
        await foreach (var _ in watch)
        {
            seen++;
        }

        Assert.Equal(0, seen);
        Assert.False(cancel.IsCancellationRequested);
        var again = _client.CoreV1.WatchListPodForAllNamespacesAsync(resourceVersion: pods.Metadata.ResourceVersion, cancellationToken: cancel.Token);
        await foreach (var _ in again)
        {
            seen++;
        }

        Assert.Equal(0, seen);
    }

    [Fact]
    public async Task A_forbidden_verb_answers_403_with_a_Status_naming_the_verb_and_resource()
    {
        _api.Forbid("list", "pods");
        var failure = await Assert.ThrowsAsync<HttpOperationException>(() => _client.CoreV1.ListPodForAllNamespacesAsync());
        Assert.Equal(HttpStatusCode.Forbidden, failure.Response.StatusCode);
        var status = KubernetesJson.Deserialize<V1Status>(failure.Response.Content);
        Assert.Contains("cannot list resource \"pods\"", status.Message);
        Assert.Equal(2, (await _client.CoreV1.ListNodeAsync()).Items.Count);
    }

    [Fact]
    public async Task The_scale_subresource_changes_the_deployments_replicas()
    {
        var scale = await _client.AppsV1.ReadNamespacedDeploymentScaleAsync("worker", "default");
        Assert.Equal(2, scale.Spec.Replicas);
        var patch = new V1Patch("""{"spec":{"replicas":5}}""", V1Patch.PatchType.MergePatch);
        await _client.AppsV1.PatchNamespacedDeploymentScaleAsync(patch, "worker", "default");
        var worker = await _client.AppsV1.ReadNamespacedDeploymentAsync("worker", "default");
        Assert.Equal(5, worker.Spec.Replicas);
    }

    [Fact]
    public async Task A_dropped_connection_ends_the_watch_with_an_error_or_a_quiet_end()
    {
        var list = await _client.AppsV1.ListDeploymentForAllNamespacesAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Exception? reported = null;
        var watch = _client.AppsV1.WatchListDeploymentForAllNamespacesAsync(resourceVersion: list.Metadata.ResourceVersion, onError: e => reported = e, cancellationToken: cancel.Token);
        await Eventually.HoldsAsync(() => _api.Deployments.OpenWatches == 1, "one deployments watch open");
        _api.DropWatches();
        try
        {
            await foreach (var _ in watch)
            {
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            reported = ex;
        }

        Assert.False(cancel.IsCancellationRequested);
        Assert.Equal(0, _api.Deployments.OpenWatches);
    }
}
