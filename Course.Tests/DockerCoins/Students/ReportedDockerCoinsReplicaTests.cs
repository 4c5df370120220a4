using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster.Reporter;
using Course.Web.Components.DockerCoins;
using Course.Web.Components.DockerCoins.Students;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.DockerCoins.Students;

/// <summary>
/// A student's reported DockerCoins on replicas sharing one PostgreSQL database: whichever replica each push reaches,
/// every replica applies them all in order and shows the same hash rate, to the student and to the instructor, and a
/// replica started later loads the history.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReportedDockerCoinsReplicaTests(PostgresServerFixture postgres)
{
    private const string InstructorEmail = "formatrice.debits-repliques@example.org";
    private const string StudentEmail = "etudiant.debits-repliques@example.org";

    [Fact]
    public async Task Pushes_spread_over_two_replicas_give_both_the_same_hash_rate_and_a_later_replica_loads_it()
    {
        var database = await postgres.CreateDatabaseAsync($"replicas_dockercoins_{Guid.NewGuid():N}");
        await using var a = Replica(database);
        await using var b = Replica(database);
        var instructorId = await TestAccounts.CreateInstructorAsync(a.Services, InstructorEmail);
        var studentId = await TestAccounts.CreateStudentAsync(a.Services, StudentEmail);
        await OwnCohortWithAsync(a.Services, instructorId, studentId);
        var token = await a.Services.GetRequiredService<LabTokens>().IssueAsync(studentId);
        _ = b.RootUri;
        await PostgresListeners.WaitForAsync(database, ReportedDockerCoinsSync.Channel, 2);

        // Ten reads a second apart, 5 hashes a second, pushed two at a time to A, B, A, A, B (a Service without
        // affinity): a push reaching A right after B's cannot wait for B's announcement, A reads it first.
        var start = DateTimeOffset.UtcNow.AddSeconds(-10);
        var counters = Enumerable.Range(0, 10).Select(i => new CounterSample(start.AddSeconds(i), 5L * i, i / 4)).ToList();
        var targets = new[] { a, b, a, a, b };
        for (var push = 0; push < targets.Length; push++)
        {
            using var reporter = Reporter(targets[push], token);
            var report = new LabReport(null, new DockerCoinsReport(counters.Skip(2 * push).Take(2).ToList(), []));
            Assert.Equal(HttpStatusCode.NoContent, (await reporter.PostAsJsonAsync("labo/rapport", report, LabReporterEndpoints.Json)).StatusCode);
        }

        var onA = a.Services.GetRequiredService<ReportedDockerCoins>();
        var onB = b.Services.GetRequiredService<ReportedDockerCoins>();
        await Eventually.HoldsAsync(() => Points(onA, studentId) == 10 && Points(onB, studentId) == 10, "A and B apply all ten reads");
        foreach (var students in new[] { onA, onB })
        {
            var rates = students.Connected(studentId)!.HashRates.Current!;
            Assert.Equal(counters.Select(c => c.At), rates.History.Select(p => p.At));
            Assert.Equal(5.0, rates.CurrentRate!.Value, 6);
            Assert.Equal(45, rates.TotalHashes);
        }

        Assert.Equal(onA.Find(studentId)!.LastContact, onB.Find(studentId)!.LastContact);

        // On B, the student's /dockercoins shows their own DockerCoins and the instructor's grid their hash rate.
        using var student = await TestAccounts.SignedInClientAsync(a.Services, b.RootUri, StudentEmail);
        Assert.Contains("data-dockercoins-source=\"reporter\"", await student.GetStringAsync("dockercoins"));
        using var instructor = await TestAccounts.SignedInClientAsync(a.Services, b.RootUri, InstructorEmail);
        Assert.Contains("data-lab-hash-rate=\"5\"", await instructor.GetStringAsync("formateur/labos"));

        // A replica started now (a rolling update) loads the stored pushes at start-up.
        await using var c = Replica(database);
        _ = c.RootUri;
        var onC = c.Services.GetRequiredService<ReportedDockerCoins>();
        await Eventually.HoldsAsync(() => Points(onC, studentId) == 10, "C loads the stored pushes");
        Assert.Equal(5.0, onC.Connected(studentId)!.HashRates.Current!.CurrentRate!.Value, 6);
    }

    private static int Points(ReportedDockerCoins students, string userId) =>
        students.Find(userId)?.HashRates.Current?.History.Count ?? 0;

    private static HttpClient Reporter(LiveSiteFactory site, string token)
    {
        var client = new HttpClient { BaseAddress = site.RootUri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static LiveSiteFactory Replica(string connectionString) => new LiveSiteFactory()
        .WithSetting("Database:Provider", "Postgres")
        .WithSetting("ConnectionStrings:Course", connectionString);

    private static async Task OwnCohortWithAsync(IServiceProvider services, string instructorId, string studentId)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContextAsync();
        var cohort = new Cohort { Name = "Débits répliqués", JoinCode = "DRP" + Random.Shared.Next(10000, 99999), OwnerId = instructorId, CreatedAt = DateTime.UtcNow };
        cohort.Members.Add(new CohortMembership { UserId = studentId, JoinedAt = DateTime.UtcNow });
        context.Cohorts.Add(cohort);
        await context.SaveChangesAsync();
    }
}
