using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Web.Components.Cluster;
using Course.Web.Components.DockerCoins;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Course.Tests.Replicas;

/// <summary>
/// Two replicas on one database, one students' Redis and one (fake) Kubernetes API, with several viewers on each:
/// every replica reads Redis once a second and lists and watches each resource once, whatever its viewers. The
/// replicas tell themselves apart to the servers by their Redis client name and their API token.
/// </summary>
[Collection(ReplicaCollection.Name)]
public sealed class ReplicaFeedsTests(PostgresServerFixture postgres, RedisServerFixture redis, ITestOutputHelper output)
    : IClassFixture<RedisServerFixture>
{
    private const int ViewersPerReplica = 6;
    private static readonly string[] ReadCommands = ["getrange", "hlen"];

    [Fact]
    public async Task Each_replica_makes_one_redis_read_a_second_and_one_list_and_watch_per_resource_whatever_its_viewers()
    {
        var database = await postgres.CreateDatabaseAsync($"replicas_feeds_{Guid.NewGuid():N}");
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithFlannel().WithDockerCoins(workers: 2);
        using var data = new TestDataDirectory();
        string[] names = ["replica-a", "replica-b"];
        var replicas = names.Select(name => new LiveSiteFactory()
            .WithSetting("Database:Provider", "Postgres")
            .WithSetting("ConnectionStrings:Course", database)
            .WithSetting("ConnectionStrings:DockerCoinsRedis", $"{redis.ConnectionString},name={name}")
            .WithSetting("Cluster:KubeConfig", api.WriteKubeConfig(data.Path, name, token: $"token-{name}"))).ToList();
        try
        {
            var monitors = replicas.Select(r => r.Services.GetRequiredService<HashRateMonitor>()).ToList();
            var clusters = replicas.Select(r => r.Services.GetRequiredService<LabFeeds>().Site).ToList();
            // 15 s, more than the default: both sites must first start, connect to Redis and list the cluster.
            await Eventually.HoldsAsync(() => monitors.All(m => m.Current?.State == DockerCoinsConnectionState.Connected)
                && clusters.All(c => c.Current.Snapshot is not null), "both replicas read Redis and the cluster", TimeSpan.FromSeconds(15));

            await using var redisCommands = await RedisMonitor.StartAsync(redis);
            var clients = new List<IReadOnlySet<string>>();
            foreach (var name in names)
            {
                clients.Add(await redisCommands.ClientsNamedAsync(name));
            }

            var samplesBefore = monitors.Select(m => m.Current!.Sequence).ToList();
            var readsBefore = clients.Select(c => redisCommands.Count(c, ReadCommands)).ToList();
            var watched = System.Diagnostics.Stopwatch.StartNew();
            var deliveries = new int[replicas.Count * ViewersPerReplica];
            var scaledSeen = new int[deliveries.Length];
            var subscriptions = new List<IDisposable>();
            for (var i = 0; i < deliveries.Length; i++)
            {
                var viewer = i;
                subscriptions.Add(monitors[viewer / ViewersPerReplica].Subscribe(_ => Count(deliveries, viewer)));
                subscriptions.Add(clusters[viewer / ViewersPerReplica].Subscribe(state =>
                    state.Snapshot?.Workloads.SingleOrDefault(w => w.Name == "worker")?.Desired == 3 ? Count(scaledSeen, viewer) : Task.CompletedTask));
            }

            // A change in the cluster reaches every viewer of both replicas through their one watch each.
            api.Scale("worker", 3);

            // Pages rendered meanwhile (each a new visitor's first paint) read only what the feeds hold.
            foreach (var replica in replicas)
            {
                using var visitor = new HttpClient { BaseAddress = replica.RootUri };
                Assert.Contains("data-lab-view", await visitor.GetStringAsync("cluster"));
                Assert.Contains("data-connection-state=\"connected\"", await visitor.GetStringAsync("dockercoins"));
            }

            // At least 5 s of viewing (the pages' first renders can take longer on a busy machine).
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, 5 - watched.Elapsed.TotalSeconds)));
            var samples = monitors.Select((m, i) => m.Current!.Sequence - samplesBefore[i]).ToList();
            var reads = clients.Select((c, i) => redisCommands.Count(c, ReadCommands) - readsBefore[i]).ToList();
            var seconds = watched.Elapsed.TotalSeconds;

            subscriptions.ForEach(s => s.Dispose());
            for (var i = 0; i < names.Length; i++)
            {
                output.WriteLine($"{names[i]}: {samples[i]} samples in {seconds:0.0} s, {reads[i]} GETRANGE+HLEN, {ViewersPerReplica} viewers; " +
                    $"cluster: {string.Join(", ", api.Requests($"token-{names[i]}").Select(r => $"{r.Verb} {r.Resource}"))}");
                // At most one sample a second (a busy machine may skip a tick), each one GETRANGE and one HLEN
                // (± one sample at the window's edges).
                Assert.InRange(samples[i], (long)(seconds / 2), (long)seconds + 1);
                Assert.InRange(reads[i], 2 * (samples[i] - 1), 2 * (samples[i] + 1));
                var requests = api.Requests($"token-{names[i]}");
                Assert.All(api.Resources, resource =>
                {
                    Assert.Equal(1, requests.Count(r => r == ("list", resource.Plural)));
                    Assert.Equal(1, requests.Count(r => r == ("watch", resource.Plural)));
                });
            }

            Assert.All(deliveries, delivered => Assert.True(delivered >= 2, $"a viewer got only {delivered} samples"));
            Assert.All(scaledSeen, seen => Assert.True(seen >= 1, "a viewer missed the scale to 3 workers"));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    private static Task Count(int[] deliveries, int viewer)
    {
        Interlocked.Increment(ref deliveries[viewer]);
        return Task.CompletedTask;
    }
}
