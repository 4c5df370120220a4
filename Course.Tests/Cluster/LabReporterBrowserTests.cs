using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Web.Components.Cluster.Reporter;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
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

        // A student cannot open another student's lab; the instructor's labs view follows the same pushes.
        await page.GotoAsync(new Uri(site.RootUri, $"cluster?etudiant={userId}").ToString());
        await Assertions.Expect(page.Locator("[data-lab-denied]")).ToBeVisibleAsync();

        await OwnCohortWithAsync("formatrice-labos@example.org", userId);
        var instructor = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(instructor.Context, site.Services, site.RootUri, "formatrice-labos@example.org");
        await instructor.GotoAsync(new Uri(site.RootUri, "formateur/labos").ToString());
        await instructor.WaitForInteractiveAsync();
        var row = instructor.Locator($"[data-lab-student='{email}']");
        // node2 NotReady and rng still a Deployment: the 4 other checks pass.
        await Assertions.Expect(row).ToHaveAttributeAsync("data-checks-passed", "4", Patience);
        api.SetNodeReady("node2", true);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-checks-passed", "5", Patience);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-freshness", "live");
        await instructor.SaveScreenshotAsync("instructor-labs");
        await row.Locator("a").ClickAsync();
        await instructor.WaitForAddressAsync(new System.Text.RegularExpressions.Regex(@"/cluster\?etudiant="));
        await Assertions.Expect(instructor.Locator("h1")).ToHaveTextAsync($"Cluster de {email}");
        await Assertions.Expect(instructor.Locator("[data-node='node2']")).ToHaveAttributeAsync("data-ready", "true", Patience);
    }

    private async Task OwnCohortWithAsync(string instructorEmail, string studentId)
    {
        var instructorId = await TestAccounts.CreateInstructorAsync(site.Services, instructorEmail);
        var contexts = site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var cohort = new Cohort { Name = "Labos", JoinCode = "LAB" + Random.Shared.Next(10000, 99999), OwnerId = instructorId, CreatedAt = DateTime.UtcNow };
        cohort.Members.Add(new CohortMembership { UserId = studentId, JoinedAt = DateTime.UtcNow });
        context.Cohorts.Add(cohort);
        await context.SaveChangesAsync();
    }
}
