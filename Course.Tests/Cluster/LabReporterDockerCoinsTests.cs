using System.Net.Http.Headers;
using Course.Tests.DockerCoins.Probes;
using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Web.Components.Cluster.Reporter;
using Course.Web.Components.DockerCoins.Probes;
using Course.Web.Components.DockerCoins.Students;
using Course.Web.Data;
using Course.Web.Data.Entities;
using k8s;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Course.Tests.Cluster;

/// <summary>
/// The reporter path end to end: the reporter watches a fake cluster, reads a real redis-server and probes loopback
/// rng, hasher and webui, pushes to the live site; the student's /dockercoins and the instructor's grid show it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LabReporterDockerCoinsTests(LiveSiteFactory site, RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_reporter_pushes_the_students_hash_rate_and_probes_and_the_site_shows_them_to_the_student_and_the_instructor()
    {
        const string email = "mineuse-labo@example.org";
        // Not the DockerCoins page tests' account (mineur@): they share this site, and that account's page would then
        // show the reporter this test connected instead of the embedded miner.
        var userId = await TestAccounts.CreateStudentAsync(site.Services, email);
        var token = await site.Services.GetRequiredService<LabTokens>().IssueAsync(userId);
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel().WithDockerCoins(workers: 2);
        await using var rng = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.Rng());
        await using var hasher = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.Hasher());
        await using var webUi = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.HtmlWebUi());
        await redis.ResetAsync();
        await using var miner = await redis.ConnectAsync();
        using var stop = new CancellationTokenSource();
        var mining = MineAsync(miner.GetDatabase(), stop.Token);

        // The workshop's names by default; the test points the reporter at its loopback services instead.
        Assert.Equal("http://rng.dockercoins/", ReporterDockerCoins.Options("dockercoins", _ => null).RngUrl);
        var environment = new Dictionary<string, string>
        {
            [ReporterDockerCoins.RedisVariable] = redis.ConnectionString,
            [ReporterDockerCoins.RngVariable] = rng.Url,
            [ReporterDockerCoins.HasherVariable] = hasher.Url,
            [ReporterDockerCoins.WebUiVariable] = webUi.Url,
        };
        await using var dockerCoins = ReporterDockerCoins.Build(ReporterDockerCoins.Options("default", environment.GetValueOrDefault), TimeProvider.System);
        using var kubernetes = new Kubernetes(api.ClientConfiguration());
        using var http = new HttpClient { BaseAddress = site.RootUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var log = new StringWriter();
        var reporter = LabReporterCommand.RunAsync(kubernetes, http, "default", TimeProvider.System, log,
            dockerCoins.GetRequiredService<DockerCoinsSampler>(), stop.Token);

        var students = site.Services.GetRequiredService<ReportedDockerCoins>();
        // The rate is read once the site holds five of the reporter's 1 s samples: the first one or two give a slope from
        // too few points, taken by a reporter that just started (a loaded suite run read 1.36/s there, the miner doing 5).
        var student = (await Eventually.ValueAsync(() => students.Connected(userId), s => s is not null
            && s.HashRates.Current is { CurrentRate: > 0 } rates && rates.History.Count(p => p.RawRate is not null) >= 5
            && s.Services.Current?.Workers is not null, "the reporter's DockerCoins measurements reach the site", Patience))!;
        var services = student.Services.Current!.Services.ToDictionary(h => h.Service);
        Assert.Equal(ServiceStatus.Ok, services[DockerCoinsService.Rng].Status);
        Assert.Equal(ServiceStatus.Ok, services[DockerCoinsService.Hasher].Status);
        Assert.Equal(ServiceStatus.Down, services[DockerCoinsService.WebUi].Status);
        Assert.Contains("pas du JSON", services[DockerCoinsService.WebUi].LastError);
        Assert.Equal(2, student.Services.Current.Workers);
        // The first probe round may run before the first cluster state: later ones carry the ready worker count.
        // About 5 hashes a second are mined; the windowed rate is near it, whatever the push period.
        Assert.InRange(student.HashRates.Current!.CurrentRate!.Value, 2, 10);
        Assert.NotNull(site.Services.GetRequiredService<ReportedLabs>().Find(userId)?.Feed.Current.Snapshot);

        // The webui comes back: the student's panel follows.
        webUi.Behaviour = DockerCoinsBehaviours.WebUi();
        await Eventually.HoldsAsync(() => student.Services.Current!.Services.Single(h => h.Service == DockerCoinsService.WebUi).Status == ServiceStatus.Ok,
            "the student's panel shows the webui back", Patience);

        // The signed-in student's /dockercoins shows their own DockerCoins; the instructor's grid shows their rate.
        using var studentClient = await TestAccounts.SignedInClientAsync(site.Services, site.RootUri, email);
        var page = await studentClient.GetStringAsync("dockercoins");
        Assert.Contains("data-dockercoins-source=\"reporter\"", page);
        Assert.Contains("data-service=\"webui\" data-status=\"ok\"", page);
        await OwnCohortWithAsync("formateur-debit@example.org", userId);
        using var instructorClient = await TestAccounts.SignedInClientAsync(site.Services, site.RootUri, "formateur-debit@example.org");
        var grid = await instructorClient.GetStringAsync("formateur/labos");
        Assert.Matches("data-lab-hash-rate=\"[1-9]", grid);

        await stop.CancelAsync();
        await reporter;
        await mining;
        Assert.DoesNotContain("site: 4", log.ToString());
    }

    // A worker's writes, about 5 hashes a second and a coin now and then.
    private static async Task MineAsync(IDatabase database, CancellationToken stoppingToken)
    {
        try
        {
            for (var i = 0; !stoppingToken.IsCancellationRequested; i++)
            {
                await database.StringIncrementAsync("hashes", 1);
                if (i % 10 == 0)
                {
                    await database.HashSetAsync("wallet", $"0{i:x}", "coin");
                }

                await Task.Delay(200, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task OwnCohortWithAsync(string instructorEmail, string studentId)
    {
        var instructorId = await TestAccounts.CreateInstructorAsync(site.Services, instructorEmail);
        var contexts = site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var cohort = new Cohort { Name = "Débits", JoinCode = "DEB" + Random.Shared.Next(10000, 99999), OwnerId = instructorId, CreatedAt = DateTime.UtcNow };
        cohort.Members.Add(new CohortMembership { UserId = studentId, JoinedAt = DateTime.UtcNow });
        context.Cohorts.Add(cohort);
        await context.SaveChangesAsync();
    }
}
