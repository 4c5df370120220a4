using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Cluster.Reporter;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Cluster;

/// <summary>
/// Reported labs on two replicas sharing one PostgreSQL database: a reporter pushing to replica A is seen on
/// replica B (snapshot, last contact, instructor's grid), and a replica started later loads the stored lab.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReportedLabsReplicaTests(PostgresServerFixture postgres)
{
    private const string InstructorEmail = "formatrice.labos-repliques@example.org";
    private const string StudentEmail = "etudiant.labos-repliques@example.org";

    private static readonly LabSnapshot Lab = new(DateTimeOffset.UtcNow,
        [new LabNode("node1", "control-plane", true, "v1.34.2", "containerd://1.7.24"), new LabNode("node2", "worker", true, "v1.34.2", "containerd://1.7.24")],
        [], [new LabWorkload("worker", LabWorkload.DeploymentKind, 2, 2, 2, "dockercoins/worker:v0.1")], [], []);

    [Fact]
    public async Task A_push_to_one_replica_is_shown_with_the_same_freshness_on_the_other_and_loaded_by_a_later_one()
    {
        var database = await postgres.CreateDatabaseAsync($"replicas_labs_{Guid.NewGuid():N}");
        await using var a = Replica(database);
        await using var b = Replica(database);
        var instructorId = await TestAccounts.CreateInstructorAsync(a.Services, InstructorEmail);
        var studentId = await TestAccounts.CreateStudentAsync(a.Services, StudentEmail);
        await OwnCohortWithAsync(a.Services, instructorId, studentId);
        var token = await a.Services.GetRequiredService<LabTokens>().IssueAsync(studentId);
        _ = b.RootUri;
        await PostgresListeners.WaitForAsync(database, ReportedLabsSync.Channel, 2);

        using var reporter = new HttpClient { BaseAddress = a.RootUri };
        reporter.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.NoContent, (await reporter.PostAsJsonAsync("labo/rapport", new LabReport(Lab), LabReporterEndpoints.Json)).StatusCode);
        var onA = a.Services.GetRequiredService<ReportedLabs>();
        var onB = b.Services.GetRequiredService<ReportedLabs>();
        await Eventually.HoldsAsync(() => onB.Find(studentId)?.Feed.Current.Snapshot?.Nodes.Count == 2, "B shows A's snapshot");
        Assert.Equal(StudentEmail, onB.Find(studentId)!.Email);
        Assert.Equal(onA.Find(studentId)!.Feed.Current.LastContact, onB.Find(studentId)!.Feed.Current.LastContact);

        // A heartbeat moves the last contact on both replicas; the snapshot stays.
        await Task.Delay(50);
        Assert.Equal(HttpStatusCode.NoContent, (await reporter.PostAsJsonAsync("labo/rapport", new LabReport(null), LabReporterEndpoints.Json)).StatusCode);
        var contact = onA.Find(studentId)!.Feed.Current.LastContact!.Value;
        await Eventually.HoldsAsync(() => onB.Find(studentId)!.Feed.Current.LastContact == contact, "B follows A's heartbeat");
        Assert.Equal(2, onB.Find(studentId)!.Feed.Current.Snapshot!.Nodes.Count);
        foreach (var labs in new[] { onA, onB })
        {
            var state = labs.Find(studentId)!.Feed.Current;
            Assert.Equal(LabFreshness.Live, LabFreshness.Of(state, contact.AddSeconds(5)).Kind);
            Assert.Equal(LabFreshness.Stale, LabFreshness.Of(state, contact.AddSeconds(50)).Kind);
            Assert.Equal(LabFreshness.Disconnected, LabFreshness.Of(state, contact.AddMinutes(3)).Kind);
        }

        // The instructor signed in on B sees the student's lab in the grid (nodes-ready and worker-scaled pass).
        using var instructor = await TestAccounts.SignedInClientAsync(a.Services, b.RootUri, InstructorEmail);
        var grid = await instructor.GetStringAsync("formateur/labos");
        Assert.Matches($"data-lab-student=\"{StudentEmail}\" data-checks-passed=\"2\" data-freshness=\"live\"", grid);

        // A replica started now reads the stored lab at start-up.
        await using var c = Replica(database);
        _ = c.RootUri;
        var onC = c.Services.GetRequiredService<ReportedLabs>();
        await Eventually.HoldsAsync(() => onC.Find(studentId)?.Feed.Current.LastContact == contact, "C loads the stored lab");
        Assert.Equal("worker", onC.Find(studentId)!.Feed.Current.Snapshot!.Workloads.Single().Name);
    }

    private static LiveSiteFactory Replica(string connectionString) => new LiveSiteFactory()
        .WithSetting("Database:Provider", "Postgres")
        .WithSetting("ConnectionStrings:Course", connectionString);

    private static async Task OwnCohortWithAsync(IServiceProvider services, string instructorId, string studentId)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContextAsync();
        var cohort = new Cohort { Name = "Labos répliqués", JoinCode = "REP" + Random.Shared.Next(10000, 99999), OwnerId = instructorId, CreatedAt = DateTime.UtcNow };
        cohort.Members.Add(new CohortMembership { UserId = studentId, JoinedAt = DateTime.UtcNow });
        context.Cohorts.Add(cohort);
        await context.SaveChangesAsync();
    }
}
