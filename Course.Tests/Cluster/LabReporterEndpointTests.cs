using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Checks;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Cluster.Reporter;
using Microsoft.Extensions.DependencyInjection;
using YamlDotNet.RepresentationModel;

namespace Course.Tests.Cluster;

/// <summary>The reporter's manifest and push endpoint on the live site: tokens, bounds and schema.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LabReporterEndpointTests(LiveSiteFactory site)
{
    private static readonly LabSnapshot Lab = new(DateTimeOffset.UtcNow,
        [new LabNode("node1", "control-plane", true, "v1.34.2", "containerd://1.7.24"), new LabNode("node2", "worker", true, "v1.34.2", "containerd://1.7.24")],
        [], [new LabWorkload("worker", LabWorkload.DeploymentKind, 2, 2, 2, "dockercoins/worker:v0.1")], [], []);

    [Fact]
    public async Task A_valid_push_is_kept_per_student_and_a_wrong_or_revoked_token_is_refused_storing_nothing()
    {
        var (userId, token) = await StudentWithTokenAsync("pousse@example.org");
        var labs = site.Services.GetRequiredService<ReportedLabs>();
        using var http = Client(token);

        var accepted = await http.PostAsJsonAsync("labo/rapport", new LabReport(Lab), LabReporterEndpoints.Json);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(2, labs.Find(userId)!.Feed.Current.Snapshot!.Nodes.Count);
        var heartbeat = await http.PostAsJsonAsync("labo/rapport", new LabReport(null), LabReporterEndpoints.Json);
        Assert.Equal(HttpStatusCode.NoContent, heartbeat.StatusCode);
        Assert.Equal(2, labs.Find(userId)!.Feed.Current.Snapshot!.Nodes.Count);

        // The checks the pushed cluster passes are in the student's progress, and "Ma progression" shows them.
        var passed = await site.Services.GetRequiredService<LabCheckProgress>().LoadAsync(userId);
        Assert.Equal(["nodes-ready", "worker-scaled"], passed.Keys.Order(StringComparer.Ordinal));
        using var student = await TestAccounts.SignedInClientAsync(site.Services, site.RootUri, "pousse@example.org");
        var progress = await student.GetStringAsync("progression");
        Assert.Contains("data-lab-progress-check=\"nodes-ready\" data-passed=\"true\"", progress);
        Assert.Contains("data-lab-progress-check=\"pod-network\" data-passed=\"false\"", progress);
        Assert.Contains("data-lab-progress-count=\"2\"", progress);

        using var stranger = Client("lab_not-a-token");
        var refused = await stranger.PostAsJsonAsync("labo/rapport", new LabReport(Lab), LabReporterEndpoints.Json);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Jeton inconnu ou révoqué", await refused.Content.ReadAsStringAsync());

        var tokens = site.Services.GetRequiredService<LabTokens>();
        await tokens.RevokeAsync(userId);
        await labs.ForgetAsync(userId);
        var revoked = await http.PostAsJsonAsync("labo/rapport", new LabReport(Lab), LabReporterEndpoints.Json);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Null(labs.Find(userId));
    }

    [Fact]
    public async Task A_snapshot_lost_on_the_way_reaches_the_site_with_the_reporters_next_heartbeat()
    {
        var (userId, token) = await StudentWithTokenAsync("perdu@example.org");
        var labs = site.Services.GetRequiredService<ReportedLabs>();
        using var http = new HttpClient(new FirstRequestLost(new SocketsHttpHandler())) { BaseAddress = site.RootUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var log = new StringWriter();
        using var pusher = new LabPusher(http, TimeProvider.System, log);

        // The cluster then stays still: no further change would ever carry this snapshot.
        await pusher.PushAsync(new LabState(LabOrigin.Reporter, Lab, null, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.True(pusher.IsBehind);
        Assert.Null(labs.Find(userId)?.Feed.Current.Snapshot);
        Assert.Contains("site: connection reset", log.ToString());

        await pusher.HeartbeatAsync(CancellationToken.None);
        Assert.False(pusher.IsBehind);
        Assert.Equal(2, labs.Find(userId)!.Feed.Current.Snapshot!.Nodes.Count);
    }

    [Fact]
    public async Task Oversized_malformed_or_out_of_schema_payloads_are_refused_with_a_French_reason_and_store_nothing()
    {
        var (userId, token) = await StudentWithTokenAsync("hostile@example.org");
        var labs = site.Services.GetRequiredService<ReportedLabs>();
        using var http = Client(token);
        // Kestrel answers 413 without reading the body, then closes that connection: the oversized report gets a
        // client (a connection) of its own, so the next requests do not find the closed one in the pool.
        using var oversized = Client(token);

        var huge = new StringContent("{\"snapshot\":{\"nodes\":[" + string.Join(",", Enumerable.Repeat("{\"name\":\"" + new string('x', 200) + "\"}", 400)) + "]}}");
        huge.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var tooLarge = await oversized.PostAsync("labo/rapport", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        var garbage = await http.PostAsync("labo/rapport", new StringContent("{\"snapshot\": [1, 2", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("Rapport illisible", await garbage.Content.ReadAsStringAsync());

        var missing = await http.PostAsync("labo/rapport", new StringContent("{\"snapshot\":{\"observedAt\":\"2026-11-26T10:00:00Z\"}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Rapport incomplet", await missing.Content.ReadAsStringAsync());

        var negative = Lab with { Workloads = [new LabWorkload("worker", "CronJob", -1, 0, 0, "x")] };
        var outOfSchema = await http.PostAsJsonAsync("labo/rapport", new LabReport(negative), LabReporterEndpoints.Json);
        Assert.Equal(HttpStatusCode.BadRequest, outOfSchema.StatusCode);
        Assert.Null(labs.Find(userId));
    }

    [Fact]
    public async Task The_manifest_grants_exactly_the_reporters_read_only_permissions_and_runs_non_root()
    {
        var (_, token) = await StudentWithTokenAsync("manifeste@example.org");
        using var http = new HttpClient { BaseAddress = site.RootUri };
        var wrong = await http.GetAsync("labo/agent.yaml?jeton=lab_wrong");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);

        var yaml = await http.GetStringAsync($"labo/agent.yaml?jeton={Uri.EscapeDataString(token)}");
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var documents = stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
        YamlMappingNode Kind(string kind) => documents.Single(d => ((YamlScalarNode)d["kind"]).Value == kind);

        var rules = ((YamlSequenceNode)Kind("ClusterRole")["rules"]).Cast<YamlMappingNode>()
            .Select(r => (Group: Scalars(r["apiGroups"]).Single(), Resource: Scalars(r["resources"]).Single(), Verbs: string.Join(",", Scalars(r["verbs"]))))
            .ToList();
        Assert.Equal(ClusterPermissions.Reporter.Select(p => (p.ApiGroup, p.Resource, string.Join(",", p.Verbs))), rules);
        Assert.DoesNotContain(rules, r => r.Verbs.Contains("patch") || r.Verbs.Contains("update") || r.Verbs.Contains("create"));

        var pod = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)Kind("Deployment")["spec"])["template"])["spec"];
        Assert.Equal("true", ((YamlScalarNode)((YamlMappingNode)pod["securityContext"])["runAsNonRoot"]).Value);
        var container = (YamlMappingNode)((YamlSequenceNode)pod["containers"])[0];
        Assert.Equal(["report"], Scalars(container["args"]));
        Assert.True(((YamlMappingNode)container["resources"]).Children.ContainsKey("limits"));
        Assert.Contains($"value: \"{site.RootUri.ToString().TrimEnd('/')}\"", yaml);
        Assert.Contains(token, ((YamlScalarNode)((YamlMappingNode)Kind("Secret")["stringData"])["token"]).Value);
    }

    private static IEnumerable<string> Scalars(YamlNode node) => ((YamlSequenceNode)node).Cast<YamlScalarNode>().Select(s => s.Value ?? "");

    private async Task<(string UserId, string Token)> StudentWithTokenAsync(string email)
    {
        var userId = await TestAccounts.CreateStudentAsync(site.Services, email);
        return (userId, await site.Services.GetRequiredService<LabTokens>().IssueAsync(userId));
    }

    private HttpClient Client(string token)
    {
        var http = new HttpClient { BaseAddress = site.RootUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>The network between a lab and the site drops the first request; the site itself is the real one.</summary>
    private sealed class FirstRequestLost(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _requests) == 1
                ? throw new HttpRequestException("connection reset")
                : base.SendAsync(request, cancellationToken);
    }
}
