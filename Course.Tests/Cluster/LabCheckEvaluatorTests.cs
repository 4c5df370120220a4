using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Checks;
using Course.Web.Components.Cluster.Lab;
using k8s.Models;

namespace Course.Tests.Cluster;

/// <summary>The chapters' checks on realistic clusters, built from the objects a real API server returns.</summary>
public sealed class LabCheckEvaluatorTests
{
    [Fact]
    public async Task Kubeadm_two_nodes_with_flannel_in_kube_flannel_pass_the_chapter_1_checks_and_nothing_else()
    {
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel();
        var snapshot = Snapshot(api);

        Assert.Equal(["node1", "node2"], snapshot.Nodes.Select(n => n.Name));
        Assert.Equal("control-plane", snapshot.Nodes[0].Role);
        Assert.Equal(KubeadmLab.KubeletVersion, snapshot.Nodes[1].KubeletVersion);
        Assert.Contains(snapshot.SystemPods, p => p.Component == "kube-flannel" && p.Namespace == "kube-flannel");
        Assert.Equal(4 + 2 + 2, snapshot.SystemPods.Count);
        Assert.True(Evaluate(LabCheckEvaluator.NodesReady, snapshot).Passed);
        Assert.True(Evaluate(LabCheckEvaluator.PodNetwork, snapshot).Passed);
        var dockerCoins = Evaluate(LabCheckEvaluator.DockerCoinsAvailable, snapshot);
        Assert.False(dockerCoins.Passed);
        Assert.Contains("redis, hasher, rng, webui, worker", dockerCoins.Detail);
        Assert.False(Evaluate(LabCheckEvaluator.WebuiExposed, snapshot).Passed);
    }

    [Fact]
    public async Task A_NotReady_node_or_a_missing_pod_network_fails_with_what_was_seen()
    {
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes();
        var noNetwork = Evaluate(LabCheckEvaluator.PodNetwork, Snapshot(api));
        Assert.False(noNetwork.Passed);
        Assert.Contains("Aucun pod de réseau", noNetwork.Detail);

        api.SetNodeReady("node2", false);
        var nodes = Evaluate(LabCheckEvaluator.NodesReady, Snapshot(api));
        Assert.False(nodes.Passed);
        Assert.Equal("1 nœud Ready sur 2 ; pas prêt : node2.", nodes.Detail);
    }

    [Fact]
    public async Task DockerCoins_partly_deployed_then_exposed_scaled_and_rng_as_a_DaemonSet()
    {
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel().WithDockerCoins(workers: 1, exposeWebui: false);
        api.Deployments.Delete("default", "hasher");
        var partly = Snapshot(api);
        Assert.Equal("Pas encore disponible : hasher.", Evaluate(LabCheckEvaluator.DockerCoinsAvailable, partly).Detail);
        Assert.False(Evaluate(LabCheckEvaluator.WebuiExposed, partly).Passed);
        Assert.False(Evaluate(LabCheckEvaluator.WorkerScaled, partly).Passed);
        Assert.Equal("rng est encore un Deployment : il ne tourne pas sur chaque nœud.", Evaluate(LabCheckEvaluator.RngDaemonSet, partly).Detail);

        await using var done = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel().WithDockerCoins(workers: 10, rngDaemonSet: true);
        var snapshot = Snapshot(done);
        Assert.All(LabCheckEvaluator.KnownIds, id => Assert.True(Evaluate(id, snapshot).Passed, $"{id}: {Evaluate(id, snapshot).Detail}"));
        var worker = Assert.Single(snapshot.Workloads, w => w.Name == "worker");
        Assert.Equal((10, 10, "dockercoins/worker:v0.1"), (worker.Desired, worker.Ready, worker.Image));
        Assert.Equal("80:30080/TCP", Assert.Single(snapshot.Services, s => s.Name == "webui").Ports);
    }

    [Fact]
    public async Task Objects_with_missing_fields_read_as_unknown_not_as_a_failure()
    {
        await using var api = await FakeKubernetesApi.StartAsync();
        api.Nodes.Apply(new V1Node { Metadata = new V1ObjectMeta { Name = "bare" } });
        api.Pods.Apply(new V1Pod { Metadata = new V1ObjectMeta { Name = "worker-1", NamespaceProperty = "default" } });
        api.Deployments.Apply(new V1Deployment { Metadata = new V1ObjectMeta { Name = "worker", NamespaceProperty = "default" } });
        var snapshot = Snapshot(api);
        Assert.Equal(new LabNode("bare", "worker", false, "?", "?"), Assert.Single(snapshot.Nodes));
        Assert.Equal("Unknown", Assert.Single(snapshot.Pods).Phase);
        Assert.Equal((1, 0), (snapshot.Workloads[0].Desired, snapshot.Workloads[0].Ready));
        Assert.All(LabCheckEvaluator.KnownIds, id => Assert.False(Evaluate(id, snapshot).Passed));
    }

    [Fact]
    public void Every_check_the_chapters_declare_is_one_the_site_evaluates_and_every_section_link_exists()
    {
        var declared = ShippedCourse.Content.Chapters.SelectMany(c => c.LabChecks).Select(c => c.Id).ToList();
        Assert.Equal(LabCheckEvaluator.KnownIds.Order(), declared.Order());
        foreach (var link in LabSections.All)
        {
            var (slug, section) = (link.Split('#')[0]["chapitres/".Length..], link.Split('#')[1]);
            var chapter = Assert.Single(ShippedCourse.Content.Chapters, c => c.Slug == slug);
            Assert.True(chapter.Sections.Any(s => s.Id == section), $"{link} names no section");
        }
    }

    private static LabCheckOutcome Evaluate(string id, LabSnapshot snapshot) => LabCheckEvaluator.Evaluate(id, snapshot);

    private static LabSnapshot Snapshot(FakeKubernetesApi api) => LabSnapshotBuilder.Build(
        "default", DateTimeOffset.UtcNow, api.Nodes.Items<V1Node>(), api.Pods.Items<V1Pod>(), api.Deployments.Items<V1Deployment>(),
        api.DaemonSets.Items<V1DaemonSet>(), api.Services.Items<V1Service>());
}
