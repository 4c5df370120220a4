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
    public async Task A_direct_cluster_is_followed_through_scale_410_a_dropped_watch_NotReady_and_a_403()
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
}
