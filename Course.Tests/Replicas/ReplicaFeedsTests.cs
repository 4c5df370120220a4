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
            await EventuallyAsync(() => monitors.All(m => m.Current?.State == DockerCoinsConnectionState.Connected)
                && clusters.All(c => c.Current.Snapshot is not null), "both replicas read Redis and the cluster");

            await using var redisCommands = await RedisMonitor.StartAsync(redis);
            var samplesBefore = monitors.Select(m => m.Current!.Sequence).ToList();
            var deliveries = new int[replicas.Count * ViewersPerReplica];
            var subscriptions = new List<IDisposable>();
            for (var i = 0; i < deliveries.Length; i++)
            {
                var viewer = i;
                subscriptions.Add(monitors[viewer / ViewersPerReplica].Subscribe(_ => Count(deliveries, viewer)));
                subscriptions.Add(clusters[viewer / ViewersPerReplica].Subscribe(_ => Task.CompletedTask));
            }

            // Pages rendered meanwhile (each a new visitor's first paint) read only what the feeds hold.
            foreach (var replica in replicas)
            {
                using var visitor = new HttpClient { BaseAddress = replica.RootUri };
                for (var page = 0; page < 3; page++)
                {
                    Assert.Contains("data-lab-view", await visitor.GetStringAsync("cluster"));
                    Assert.Contains("data-connection-state=\"connected\"", await visitor.GetStringAsync("dockercoins"));
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
            var samples = monitors.Select((m, i) => m.Current!.Sequence - samplesBefore[i]).ToList();
            var reads = new List<int>();
            foreach (var name in names)
            {
                reads.Add(await redisCommands.CountAsync(name, ReadCommands));
            }

            subscriptions.ForEach(s => s.Dispose());
            for (var i = 0; i < names.Length; i++)
            {
                output.WriteLine($"{names[i]}: {samples[i]} samples in 5 s, {reads[i]} GETRANGE+HLEN, {ViewersPerReplica} viewers; " +
                    $"cluster: {string.Join(", ", api.Requests($"token-{names[i]}").Select(r => $"{r.Verb} {r.Resource}"))}");
                // About one sample a second, each one GETRANGE and one HLEN (± one sample at the window's edges).
                Assert.InRange(samples[i], 3, 7);
                Assert.InRange(reads[i], 2 * (samples[i] - 1), 2 * (samples[i] + 1));
                var requests = api.Requests($"token-{names[i]}");
                Assert.All(api.Resources, resource =>
                {
                    Assert.Equal(1, requests.Count(r => r == ("list", resource.Plural)));
                    Assert.Equal(1, requests.Count(r => r == ("watch", resource.Plural)));
                });
            }

            Assert.All(deliveries, delivered => Assert.True(delivered >= 3, $"a viewer got only {delivered} samples"));
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

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within 15 s: {what}.");
            await Task.Delay(50);
        }
    }
}
