using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Web.Components.Cluster.Reporter;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Course.Tests.Cluster;

/// <summary>
/// End to end: the reporter process watches a fake cluster and pushes to the live site on a real port; the student's
/// "Mon cluster" follows a scale, a 410 Gone, a dropped watch and a node going NotReady in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LabReporterBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Patience = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_students_cluster_page_follows_the_reporter_through_scale_410_dropped_watch_and_NotReady()
    {
        const string email = "labo@example.org";
        var userId = await TestAccounts.CreateStudentAsync(site.Services, email);
        var token = await site.Services.GetRequiredService<LabTokens>().IssueAsync(userId);
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel().WithDockerCoins(workers: 1);
        using var data = new TestDataDirectory();
        await using var reporter = LabReporterProcess.Start(site.RootUri, token, api.WriteKubeConfig(data.Path));

        var page = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(page.Context, site.Services, site.RootUri, email);
        await page.GotoAsync(new Uri(site.RootUri, "cluster").ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-lab-view]")).ToHaveAttributeAsync("data-origin", "reporter", new() { Timeout = 30_000 });
        var worker = page.Locator("[data-workload='worker']");
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-ready-replicas", "1", Patience);
        await Assertions.Expect(page.Locator("[data-check='worker-scaled']")).ToHaveAttributeAsync("data-passed", "false");

        api.Scale("worker", 10);
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-ready-replicas", "10", Patience);
        await Assertions.Expect(page.Locator("[data-check='worker-scaled']")).ToHaveAttributeAsync("data-passed", "true", Patience);

        api.ExpireWatches();
        api.Scale("worker", 4);
        await Assertions.Expect(worker).ToHaveAttributeAsync("data-desired-replicas", "4", Patience);

        api.DropWatches();
        api.SetNodeReady("node2", false);
        await Assertions.Expect(page.Locator("[data-node='node2']")).ToHaveAttributeAsync("data-ready", "false", Patience);
        await Assertions.Expect(page.Locator("[data-freshness]")).ToHaveAttributeAsync("data-freshness", "live");
        await page.SaveScreenshotAsync("cluster-reporter");
        Assert.DoesNotContain("site: 4", reporter.Output);
    }
}
