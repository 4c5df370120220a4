using System.Diagnostics;
using Course.Tests.Infrastructure;
using Course.Web.Components.DockerCoins;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Course.Tests.DockerCoins;

/// <summary>The monitor against a real redis-server fed the way the DockerCoins worker feeds it.</summary>
[Collection(RedisCollection.Name)]
public sealed class HashRateMonitorRedisTests(RedisServerFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => redis.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Shows_the_rate_and_coins_of_a_worker_writing_to_redis()
    {
        await using var site = await DockerCoinsHost.StartAsync(Settings(redis));

        // Missing keys read as zero.
        var first = await site.WaitForAsync(s => s.LastReading is not null, TimeSpan.FromSeconds(10));
        Assert.Equal(DockerCoinsConnectionState.Connected, first.State);
        Assert.Equal(0, first.TotalHashes);
        Assert.Equal(0, first.Coins);

        await using var worker = await redis.ConnectAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(13));
        var fedRate = await FeedLikeTheWorkerAsync(worker.GetDatabase(), coinsEvery: 4, stop.Token);

        var snapshot = site.Monitor.Current!;
        output.WriteLine($"rate {snapshot.CurrentRate:0.000}/s (fed {fedRate:0.000}/s), {snapshot.TotalHashes} hashes, {snapshot.Coins} coins");
        Assert.Equal(DockerCoinsConnectionState.Connected, snapshot.State);
        Assert.Equal((long)await worker.GetDatabase().StringGetAsync("hashes"), snapshot.TotalHashes, tolerance: 4);
        Assert.Equal(await worker.GetDatabase().HashLengthAsync("wallet"), snapshot.Coins, tolerance: 1);
        Assert.True(snapshot.Coins >= 2, $"coins: {snapshot.Coins}");

        // +4 every 1.24 s is 3.23 hashes/s; on a loaded machine the feed itself can run a little slower.
        Assert.InRange(fedRate, 2.6, 3.4);
        Assert.InRange(snapshot.CurrentRate!.Value, fedRate * 0.85, fedRate * 1.15);
    }

    [Fact]
    public async Task Shows_the_outage_within_two_seconds_and_recovers_when_redis_returns()
    {
        await using var site = await DockerCoinsHost.StartAsync(Settings(redis));
        // A worker feeding the counter as the real one does.
        await using var worker = await ConnectionMultiplexer.ConnectAsync(DockerCoinsRedisConnection.CreateConfiguration(redis.ConnectionString));
        using var feeding = new CancellationTokenSource();
        var feed = FeedLikeTheWorkerAsync(worker.GetDatabase(), coinsEvery: 0, feeding.Token, tolerateErrors: true);
        await site.WaitForAsync(s => s.CurrentRate > 1, TimeSpan.FromSeconds(15));

        await redis.StopAsync();
        var outage = Stopwatch.StartNew();
        // Waited for longer than the bound, so a late detection fails on the bound below with its figure, not on this wait.
        var down = await site.WaitForAsync(s => s.State == DockerCoinsConnectionState.Reconnecting, TimeSpan.FromSeconds(10));
        var detection = outage.Elapsed;
        output.WriteLine($"outage shown after {detection.TotalMilliseconds:0} ms");
        Assert.True(detection <= TimeSpan.FromSeconds(2), $"the outage was shown after {detection.TotalSeconds:0.0} s");
        Assert.True(down.TotalHashes > 0, "the last totals stay on screen during the outage");
        await feeding.CancelAsync();
        await feed;
        await Task.Delay(TimeSpan.FromSeconds(2));

        // The worker resumes once the site is back: had it refilled the empty Redis past the old total first (a slow
        // reconnect of the site on a loaded machine), no reading would have shown the reset.
        await redis.StartAsync();
        await site.WaitForAsync(s => s.State == DockerCoinsConnectionState.Connected, TimeSpan.FromSeconds(15));
        using var refeeding = new CancellationTokenSource();
        var refeed = FeedLikeTheWorkerAsync(worker.GetDatabase(), coinsEvery: 0, refeeding.Token, tolerateErrors: true);
        var back = await site.WaitForAsync(
            s => s.State == DockerCoinsConnectionState.Connected && s.CurrentRate > 1, TimeSpan.FromSeconds(15));
        await refeeding.CancelAsync();
        await refeed;

        // The outage is a gap in the chart, and the restarted (empty) Redis is a reset, never a negative rate.
        Assert.Contains(back.History, p => p.IsGap);
        Assert.NotNull(back.LastResetAt);
        Assert.All(back.History, p => Assert.True(p.RawRate is null or >= 0 && p.SmoothedRate is null or >= 0));
    }

    [Fact]
    public async Task Fifty_viewers_cost_redis_no_more_commands_than_one()
    {
        await using var site = await DockerCoinsHost.StartAsync(Settings(redis));
        await site.WaitForAsync(s => s.State == DockerCoinsConnectionState.Connected, TimeSpan.FromSeconds(10));

        var one = await CountSampleCommandsAsync(site, viewers: 1);
        var fifty = await CountSampleCommandsAsync(site, viewers: 50);
        output.WriteLine($"1 viewer: {one.Commands} GETRANGE+HLEN for {one.Samples} samples; 50 viewers: {fifty.Commands} for {fifty.Samples}");

        Assert.All(fifty.Deliveries, delivered => Assert.True(delivered >= 3, $"a viewer got only {delivered} samples"));
        Assert.Equal(0, site.Monitor.SubscriberCount);

        // One GETRANGE + one HLEN per sample, whatever the number of viewers (± one sample at the window edges).
        Assert.InRange(one.Commands, 2 * (one.Samples - 1), 2 * (one.Samples + 1));
        Assert.InRange(fifty.Commands, 2 * (fifty.Samples - 1), 2 * (fifty.Samples + 1));
    }

    [Fact]
    public async Task Embedded_miner_writes_to_the_configured_redis_when_asked()
    {
        var settings = new Dictionary<string, string?>(Settings(redis)) { ["DockerCoins:EmbeddedMiner"] = "true" };
        await using var site = await DockerCoinsHost.StartAsync(settings);

        var snapshot = await site.WaitForAsync(s => s.TotalHashes >= 4, TimeSpan.FromSeconds(15));

        Assert.True(site.Miner.IsEnabled);
        Assert.Equal(DockerCoinsConnectionState.Connected, snapshot.State);
        await using var client = await redis.ConnectAsync();
        Assert.True((long)await client.GetDatabase().StringGetAsync("hashes") >= 4);
        Assert.True(await redis.CountCommandsAsync("incrby") >= 1);
    }

    [Fact]
    public async Task A_configured_redis_turns_the_embedded_miner_off_by_default()
    {
        await using var site = await DockerCoinsHost.StartAsync(Settings(redis));
        await site.WaitForAsync(s => s.Sequence >= 3, TimeSpan.FromSeconds(15));

        Assert.False(site.Miner.IsEnabled);
        Assert.Equal(0, await redis.CountCommandsAsync("incrby", "hset"));
    }

    internal static Dictionary<string, string?> Settings(RedisServerFixture redis) => new()
    {
        ["ConnectionStrings:DockerCoinsRedis"] = redis.ConnectionString,
    };

    private async Task<(long Commands, long Samples, int[] Deliveries)> CountSampleCommandsAsync(DockerCoinsHost site, int viewers)
    {
        var deliveries = new int[viewers];
        var subscriptions = Enumerable.Range(0, viewers)
            .Select(i => site.Monitor.Subscribe(_ =>
            {
                Interlocked.Increment(ref deliveries[i]);
                return Task.CompletedTask;
            }))
            .ToList();
        var commandsBefore = await redis.CountCommandsAsync("getrange", "hlen");
        var samplesBefore = site.Monitor.Current!.Sequence;
        await Task.Delay(TimeSpan.FromSeconds(5));
        var commandsAfter = await redis.CountCommandsAsync("getrange", "hlen");
        var samplesAfter = site.Monitor.Current!.Sequence;
        subscriptions.ForEach(s => s.Dispose());
        return (commandsAfter - commandsBefore, samplesAfter - samplesBefore, deliveries);
    }

    // The DockerCoins worker: INCRBY hashes 4 about every 1.24 s, HSET wallet for each coin found.
    // Returns the rate actually fed: hashes per second between the first and the last increment.
    private static async Task<double> FeedLikeTheWorkerAsync(IDatabase redis, int coinsEvery, CancellationToken stop, bool tolerateErrors = false)
    {
        var increments = 0;
        var clock = Stopwatch.StartNew();
        TimeSpan first = default, last = default;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(1240));
        do
        {
            try
            {
                await redis.StringIncrementAsync("hashes", 4);
                last = clock.Elapsed;
                first = increments++ == 0 ? last : first;
                if (coinsEvery > 0 && increments % coinsEvery == 0)
                {
                    await redis.HashSetAsync("wallet", Guid.NewGuid().ToString("N"), "coin");
                }
            }
            catch (RedisException) when (tolerateErrors)
            {
                // Redis is down: the real worker would retry later too.
            }
        }
        while (await WaitForNextTickAsync(timer, stop));

        return increments > 1 ? 4.0 * (increments - 1) / (last - first).TotalSeconds : 0;
    }

    private static async Task<bool> WaitForNextTickAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
