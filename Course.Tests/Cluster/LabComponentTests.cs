using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Checks;
using Course.Web.Components.Cluster.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Cluster;

/// <summary>The cluster view's components rendered with bUnit: hooks, French texts, freshness, problems, checks and replica marks.</summary>
public sealed class LabComponentTests : ComponentTestContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static readonly LabSnapshot TwoNodes = new(Now,
        [new LabNode("node1", "control-plane", true, "v1.34.2", "containerd://1.7.24"), new LabNode("node2", "worker", false, "v1.34.2", "containerd://1.7.24")],
        [new LabPod("kube-flannel", "kube-flannel-ds-abcde", "kube-flannel", "node1", "Running", true, 0, Now.AddMinutes(-30)),
         new LabPod("kube-system", "etcd-node1", LabComponents.Etcd, "node1", "Running", true, 1, Now.AddHours(-3))],
        [new LabWorkload("worker", LabWorkload.DeploymentKind, 3, 2, 2, "dockercoins/worker:v0.1"), new LabWorkload("rng", LabWorkload.DaemonSetKind, 2, 2, 2, "dockercoins/rng:v0.1")],
        [new LabPod("default", "worker-7d9f-x1", "worker", "node2", "Pending", false, 4, Now.AddSeconds(-42))],
        [new LabService("webui", "NodePort", "80:30080/TCP")]);

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void A_reported_lab_shows_nodes_workloads_pods_services_and_checks_with_their_hooks()
    {
        var view = Render<LabView>(p => p
            .Add(v => v.State, new LabState(LabOrigin.Reporter, TwoNodes, null, Now.AddSeconds(-3)))
            .Add(v => v.Now, Now));

        Assert.Equal("reporter", view.Find("[data-lab-view]").GetAttribute("data-origin"));
        Assert.Equal("false", view.Find("[data-node='node2']").GetAttribute("data-ready"));
        Assert.Contains("✗ NotReady", view.Find("[data-node='node2']").TextContent);
        var worker = view.Find("[data-workload='worker']");
        Assert.Equal("2", worker.GetAttribute("data-ready-replicas"));
        Assert.Equal("3", worker.GetAttribute("data-desired-replicas"));
        Assert.Contains("42s", view.Find("[data-pod='worker-7d9f-x1']").TextContent);
        Assert.Contains("(pas prêt)", view.Find("[data-pod='worker-7d9f-x1']").TextContent);
        Assert.Equal("NodePort", view.Find("[data-service='webui']").GetAttribute("data-type"));
        Assert.Equal("false", view.Find("[data-check='nodes-ready']").GetAttribute("data-passed"));
        Assert.Equal("true", view.Find("[data-check='webui-exposed']").GetAttribute("data-passed"));
        Assert.Equal("true", view.Find("[data-check='rng-daemonset']").GetAttribute("data-passed"));
        Assert.Contains("pas prêt : node2", view.Find("[data-check='nodes-ready']").TextContent);
        Assert.Contains("À faire", view.Find("[data-check='nodes-ready']").TextContent);
        Assert.Equal("chapitres/architecture-maitre#etcd", view.Find("[data-component='etcd'] a").GetAttribute("href"));
        Assert.Empty(view.FindAll("[data-no-pod-network]"));
        Assert.Equal("live", view.Find("[data-freshness]").GetAttribute("data-freshness"));
        Assert.Equal("status", view.Find("[data-freshness-announcement]").GetAttribute("role"));
        Assert.Equal("Données du cluster à jour", view.Find("[data-freshness-announcement]").TextContent);
    }

    [Theory]
    [InlineData(50, "stale", "Données périmées depuis")]
    [InlineData(200, "disconnected", "Agent déconnecté")]
    public void A_silent_reporter_is_marked_stale_then_disconnected_and_keeps_its_last_snapshot(int silentSeconds, string kind, string text)
    {
        var view = Render<LabView>(p => p
            .Add(v => v.State, new LabState(LabOrigin.Reporter, TwoNodes, null, Now.AddSeconds(-silentSeconds)))
            .Add(v => v.Now, Now));

        Assert.Equal(kind, view.Find("[data-freshness]").GetAttribute("data-freshness"));
        Assert.Contains(text, view.Find("[data-freshness]").TextContent);
        Assert.Equal(2, view.FindAll("[data-node]").Count);
    }

    [Fact]
    public void A_degraded_direct_cluster_says_why_in_French_and_a_simulated_one_is_labelled()
    {
        var forbidden = new LabProblem(LabProblemKind.Forbidden, "Accès refusé : il manque le droit « list » sur « pods ».");
        var degraded = Render<LabView>(p => p
            .Add(v => v.State, new LabState(LabOrigin.Direct, null, forbidden, null))
            .Add(v => v.Now, Now));
        Assert.Contains("« list » sur « pods »", degraded.Find("[data-cluster-problem='forbidden']").TextContent);
        Assert.Empty(degraded.FindAll("[data-node]"));

        var simulated = Render<LabView>(p => p
            .Add(v => v.State, new LabState(LabOrigin.Demonstration, LabSnapshot.Empty(Now), null, Now))
            .Add(v => v.Now, Now));
        Assert.Contains("Cluster de démonstration, simulé", simulated.Find("[data-simulated]").TextContent);
        Assert.Equal("simulated", simulated.Find("[data-freshness]").GetAttribute("data-freshness"));
        Assert.NotEmpty(simulated.FindAll("[data-no-pod-network]"));
    }

    [Fact]
    public void Checking_announces_the_count_hands_the_results_over_and_says_the_note()
    {
        IReadOnlyList<LabCheckResult>? handed = null;
        var results = Services.GetRequiredService<LabChecks>().Evaluate(TwoNodes);
        var panel = Render<LabCheckPanel>(p => p
            .Add(c => c.Results, results)
            .Add(c => c.Note, "Vos vérifications réussies sont enregistrées dans votre progression.")
            .Add(c => c.OnChecked, r => handed = r));

        Assert.Equal("", panel.Find("[data-check-summary]").TextContent);
        panel.Find("[data-action='check-cluster']").Click();

        var passed = results.Count(r => r.Outcome.Passed);
        Assert.Same(results, handed);
        Assert.Equal("status", panel.Find("[data-check-summary]").GetAttribute("role"));
        Assert.Equal($"{passed} vérifications réussies sur {results.Count}. Vos vérifications réussies sont enregistrées dans votre progression.",
            panel.Find("[data-check-summary]").TextContent);
    }

    [Fact]
    public void Replica_changes_are_listed_with_their_time_in_the_course_time_zone()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var list = Render<ReplicaChangeList>(p => p
            .Add(l => l.Changes, [new ReplicaChange(Now, "worker", 2, 10), new ReplicaChange(Now.AddSeconds(30), "rng", 2, 3)])
            .Add(l => l.TimeZone, paris));

        var worker = list.Find("[data-replica-change='worker']");
        Assert.Equal("worker : 2 → 10 (à 11:00:00)", worker.TextContent.Trim());
        Assert.Equal("10", worker.GetAttribute("data-to"));
        Assert.Equal("rng : 2 → 3 (à 11:00:30)", list.Find("[data-replica-change='rng']").TextContent.Trim());
    }
}
