using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Web.Components.DockerCoins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Course.Tests.Cluster;

/// <summary>"Mon cluster" in Chromium: the demonstration cluster of the shared site, and a direct cluster (the fake API server).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Patience = new() { Timeout = 10_000 };

    [Fact]
    public async Task The_demonstration_cluster_is_labelled_simulated_and_its_worker_follows_the_embedded_miner()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "cluster").ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-simulated]")).ToContainTextAsync("Cluster de démonstration, simulé");
        await Assertions.Expect(page.Locator("[data-node]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-node='controlplane']")).ToHaveAttributeAsync("data-ready", "true");
        Assert.Equal("Mon cluster", (await page.Locator("h1").InnerTextAsync()).Trim());

        var miner = site.Services.GetRequiredService<IMinerControl>();
        var workers = miner.WorkerCount == 4 ? 5 : 4;
        miner.SetWorkerCount(workers);
        var worker = page.Locator("[data-workload='worker']");
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-desired-replicas", workers.ToString(), Patience);
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-ready-replicas", workers.ToString(), Patience);
        await Assertions.Expect(page.Locator("[data-check='worker-scaled']")).ToHaveAttributeAsync("data-passed", "true");
        await Assertions.Expect(page.Locator("[data-check='rng-daemonset']")).ToHaveAttributeAsync("data-passed", "false");
        await page.Locator("[data-action='check-cluster']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-check-summary]")).ToContainTextAsync("vérifications réussies sur 6");
        Assert.Equal(1, await page.Locator("nav a[href='cluster']").CountAsync());
        await page.SaveScreenshotAsync("cluster-demonstration");
    }

    [Fact]
    public async Task A_direct_cluster_is_followed_through_the_scale_panel_scale_410_a_dropped_watch_NotReady_and_a_403()
    {
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel().WithDockerCoins(workers: 2);
        using var data = new TestDataDirectory();
        await using var direct = new LiveSiteFactory()
            .WithSetting("Cluster:KubeConfig", api.WriteKubeConfig(data.Path));
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(direct.RootUri, "cluster").ToString());
        await page.WaitForInteractiveAsync();
        var worker = page.Locator("[data-workload='worker']");
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-ready-replicas", "2", Patience);
        await Assertions.Expect(page.Locator("[data-lab-view]")).ToHaveAttributeAsync("data-origin", "direct");
        await Assertions.Expect(page.Locator("[data-check='nodes-ready']")).ToHaveAttributeAsync("data-passed", "true");
        await Assertions.Expect(page.Locator("[data-lab-scale]")).ToHaveCountAsync(0);
        await ScaleWorkerFromThePanelAsync(direct, api);

        api.Scale("worker", 10);
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-desired-replicas", "10", Patience);

        api.ExpireWatches();
        api.Scale("worker", 5);
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-ready-replicas", "5", Patience);

        api.DropWatches();
        api.SetNodeReady("node2", false);
        await Assertions.Expect(page.Locator("[data-node='node2']")).ToHaveAttributeAsync("data-ready", "false", Patience);
        await Assertions.Expect(page.Locator("[data-check='nodes-ready']")).ToHaveAttributeAsync("data-passed", "false", Patience);

        api.Forbid("list", "pods");
        api.Forbid("watch", "pods");
        api.DropWatches();
        var problem = page.Locator("[data-cluster-problem='forbidden']");
        await Assertions.Expect(problem).ToContainTextAsync("« list » sur « pods »", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("[data-node='node2']")).ToHaveCountAsync(1);
        await page.SaveScreenshotAsync("cluster-direct-forbidden");

        api.AllowEverything();
        api.SetNodeReady("node2", true);
        await Assertions.Expect(problem).ToHaveCountAsync(0, new() { Timeout = 40_000 });
        await Assertions.Expect(page.Locator("[data-node='node2']")).ToHaveAttributeAsync("data-ready", "true", Patience);
        await Assertions.Expect(page.Locator("[data-freshness]")).ToHaveAttributeAsync("data-freshness", "live");
    }

    /// <summary>
    /// The instructor's scale panel on the same direct site (a second site start would cost the suite seconds): a
    /// cancelled confirmation writes nothing, a confirmed one sends one scale subresource PATCH, the page follows it and
    /// the DockerCoins chart marks it; a signed-in student sees the same cluster without the panel.
    /// </summary>
    private async Task ScaleWorkerFromThePanelAsync(LiveSiteFactory direct, FakeKubernetesApi api)
    {
        await TestAccounts.CreateInstructorAsync(direct.Services, "formatrice.panneau@example.org");
        await TestAccounts.CreateStudentAsync(direct.Services, "etudiant.panneau@example.org");
        var instructor = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(instructor.Context, direct.Services, direct.RootUri, "formatrice.panneau@example.org");
        await instructor.GotoAsync(new Uri(direct.RootUri, "cluster").ToString());
        await instructor.WaitForInteractiveAsync();
        var worker = instructor.Locator("[data-workload='worker']");
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-desired-replicas", "2", Patience);
        var status = instructor.Locator("[data-scale-status]");
        await instructor.Locator("[data-scale-deployment]").SelectOptionAsync("worker");
        await instructor.Locator("[data-scale-replicas]").FillAsync("3");
        await instructor.Locator("[data-scale-replicas]").PressAsync("Tab");

        await instructor.Locator("[data-action='scale']").ClickAsync();
        await Assertions.Expect(status).ToHaveAttributeAsync("data-scale-status", "confirming");
        await Assertions.Expect(status).ToHaveTextAsync("Confirmez : worker passe de 2 à 3 réplicas.");
        await Assertions.Expect(status).ToHaveAttributeAsync("role", "status");
        await instructor.Locator("[data-action='cancel-scale']").ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Mise à l’échelle annulée.");
        await Assertions.Expect(instructor.Locator("[data-action='confirm-scale']")).ToHaveCountAsync(0);
        Assert.Empty(api.ScaleWrites);
        Assert.Equal(2, ((k8s.Models.V1Deployment)api.Deployments.Get("default", "worker")!).Spec.Replicas);
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-desired-replicas", "2");

        await instructor.Locator("[data-action='scale']").ClickAsync();
        await instructor.Locator("[data-action='confirm-scale']").ClickAsync();
        await Assertions.Expect(status).ToHaveAttributeAsync("data-scale-status", "succeeded", Patience);
        await Assertions.Expect(status).ToHaveTextAsync("worker : 3 réplicas demandés. La vue suivra le déploiement.");
        Assert.Equal(["PATCH default/worker 3"], api.ScaleWrites);
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-desired-replicas", "3", Patience);
        await instructor.SaveScreenshotAsync("cluster-scale-panel");

        // The DockerCoins chart marks the change where the hash rate would move.
        await instructor.GotoAsync(new Uri(direct.RootUri, "dockercoins").ToString());
        await Assertions.Expect(instructor.Locator("[data-replica-change='worker'][data-from='2'][data-to='3']"))
            .ToContainTextAsync("worker : 2 → 3", new() { Timeout = 10_000 });

        var student = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(student.Context, direct.Services, direct.RootUri, "etudiant.panneau@example.org");
        await student.GotoAsync(new Uri(direct.RootUri, "cluster").ToString());
        await student.WaitForInteractiveAsync();
        await Assertions.Expect(student.Locator("[data-workload='worker']")).ToHaveAttributeAsync("data-desired-replicas", "3", Patience);
        await Assertions.Expect(student.Locator("[data-lab-scale]")).ToHaveCountAsync(0);
        await Assertions.Expect(student.Locator("[data-action='scale']")).ToHaveCountAsync(0);
    }
}
