using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Cluster.Reporter;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Cluster;

/// <summary>
/// A class's reporters starting in the same second, on SQLite and on a real PostgreSQL: every push is acknowledged
/// once stored and shown, a heartbeat keeps the stored snapshot, and a push the database refuses is not acknowledged
/// while its classmates' are.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LabPushBurstTests(PostgresServerFixture postgres)
{
    private const int ClassSize = 200;

    private static readonly LabSnapshot Lab = new(DateTimeOffset.UtcNow,
        [new LabNode("node1", "control-plane", true, "v1.34.2", "containerd://1.7.24"), new LabNode("node2", "worker", true, "v1.34.2", "containerd://1.7.24")],
        [], [new LabWorkload("worker", LabWorkload.DeploymentKind, 2, 2, 2, "dockercoins/worker:v0.1")], [], []);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Two_hundred_simultaneous_first_pushes_are_all_stored_and_shown_and_a_refused_one_is_not_acknowledged(string provider)
    {
        await using var site = new InMemorySiteFactory();
        if (provider == "Postgres")
        {
            site.With("Database:Provider", "Postgres")
                .With("ConnectionStrings:Course", await postgres.CreateDatabaseAsync($"lab_burst_{Guid.NewGuid():N}"));
        }

        var students = await SeedClassAsync(site.Services, ClassSize + 1);
        var (orphan, classmates) = (students[^1], students[..^1]);
        var labs = site.Services.GetRequiredService<ReportedLabs>();
        using var http = site.CreateClient();

        // The orphan's token is validated (and remembered) by a first push, then the account is deleted: its next push
        // reaches the commit, where the foreign key refuses it.
        Assert.Equal(HttpStatusCode.NoContent, (await PushAsync(http, orphan.Token, new LabReport(Lab))).StatusCode);
        var orphanContact = labs.Find(orphan.Id)!.Feed.Current.LastContact;
        await using (var context = await Contexts(site).CreateDbContextAsync())
        {
            await context.Users.Where(u => u.Id == orphan.Id).ExecuteDeleteAsync();
        }

        var burst = await Task.WhenAll(students.Select(s => Task.Run(() => PushAsync(http, s.Token, new LabReport(Lab)))));

        Assert.All(burst[..^1], r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, burst[^1].StatusCode);
        Assert.Contains("Rapport non enregistré", await burst[^1].Content.ReadAsStringAsync());
        // Nothing shown either (on PostgreSQL the periodic reload may already have dropped the deleted account's lab).
        Assert.True(labs.Find(orphan.Id) is not { } shown || shown.Feed.Current.LastContact == orphanContact);
        Assert.All(classmates, s => Assert.Equal(2, labs.Find(s.Id)?.Feed.Current.Snapshot?.Nodes.Count));
        await using (var context = await Contexts(site).CreateDbContextAsync())
        {
            Assert.Equal(ClassSize, await context.ReportedLabs.CountAsync(l => l.SnapshotJson != null));
            Assert.False(await context.ReportedLabs.AnyAsync(l => l.UserId == orphan.Id));
            // nodes-ready and worker-scaled, once per student, written in the pushes' commits.
            Assert.Equal(2 * ClassSize, await context.LabCheckPasses.CountAsync());
        }

        // A burst of heartbeats moves every last contact and keeps every stored snapshot.
        var firstContact = labs.Find(classmates[0].Id)!.Feed.Current.LastContact;
        await Task.Delay(5);
        var heartbeats = await Task.WhenAll(classmates.Select(s => Task.Run(() => PushAsync(http, s.Token, new LabReport(null)))));
        Assert.All(heartbeats, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.True(labs.Find(classmates[0].Id)!.Feed.Current.LastContact > firstContact);
        await using (var context = await Contexts(site).CreateDbContextAsync())
        {
            var stored = await context.ReportedLabs.AsNoTracking().ToListAsync();
            Assert.Equal(ClassSize, stored.Count(l => l.SnapshotJson != null && l.LastContactAt > firstContact!.Value.UtcDateTime));
        }
    }

    private static async Task<HttpResponseMessage> PushAsync(HttpClient http, string token, LabReport report)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "labo/rapport") { Content = JsonContent.Create(report, options: LabReporterEndpoints.Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static IDbContextFactory<CourseDbContext> Contexts(InMemorySiteFactory site) =>
        site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();

    /// <summary>The class's accounts and reporter tokens in one transaction (200 sign-ups would hash 200 passwords).</summary>
    private static async Task<List<(string Id, string Token)>> SeedClassAsync(IServiceProvider services, int count)
    {
        var accounts = Enumerable.Range(0, count).Select(i => $"rafale{i:000}@example.org").Select(email => new CourseUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow,
        }).ToList();
        var students = accounts.Select(a => (a.Id, Token: LabTokens.NewToken())).ToList();
        await using var context = await services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContextAsync();
        context.Users.AddRange(accounts);
        context.UserTokens.AddRange(students.Select(s => new IdentityUserToken<string>
        {
            UserId = s.Id, LoginProvider = LabTokens.Provider, Name = LabTokens.Name, Value = LabTokens.Hash(s.Token),
        }));
        await context.SaveChangesAsync();
        return students;
    }
}
