using System.Globalization;
using Course.Tests.Infrastructure;
using Course.Web.Components.DockerCoins;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Course.Tests.DockerCoins;

/// <summary>
/// The students' Redis has no password: anyone on the class network can write anything into <c>hashes</c> or
/// <c>wallet</c>. The monitor must read a bounded amount and say which key is wrong, never show a false count.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class HostileRedisDataTests(RedisServerFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => redis.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_100_MB_hashes_value_is_reported_invalid_without_being_downloaded()
    {
        // A machine loaded by other builds can take seconds to allocate 100 MB inside Redis: wait up to a minute.
        await using (var client = await ConnectionMultiplexer.ConnectAsync($"{redis.ConnectionString},asyncTimeout=60000"))
        {
            // SETRANGE past the end pads with zero bytes: a 100 MB value made inside Redis in milliseconds, so a
            // loaded machine need not push 100 MB through the test's own connection.
            await client.GetDatabase().StringSetRangeAsync("hashes", 100 * 1024 * 1024 - 1, "9");
        }

        await using var site = await DockerCoinsHost.StartAsync(HashRateMonitorRedisTests.Settings(redis));
        var invalid = await site.WaitForAsync(s => s.State == DockerCoinsConnectionState.InvalidData, TimeSpan.FromSeconds(10));
        var sentBefore = await NetworkOutputBytesAsync();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var samplesBefore = site.Monitor.Current!.Sequence;

        await Task.Delay(TimeSpan.FromSeconds(5));

        var samples = site.Monitor.Current!.Sequence - samplesBefore;
        var sent = await NetworkOutputBytesAsync() - sentBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        output.WriteLine($"{samples} samples: Redis sent {sent} bytes, this process allocated {allocated / 1024 / 1024} MB");
        Assert.Equal("hashes", invalid.InvalidKey);
        Assert.Equal(DockerCoinsConnectionState.InvalidData, site.Monitor.Current.State);
        Assert.True(samples >= 3, $"only {samples} samples in 5 s");

        // A plain GET sends the whole value every second (500 MB here); a bounded read sends a few dozen bytes.
        Assert.InRange(sent, 0, 64 * 1024);

        // Reading it would allocate the value and its string each second (1.5 GB in 5 s); other test classes
        // running meanwhile allocate far less than this bound.
        Assert.InRange(allocated, 0, 400L * 1024 * 1024);
    }

    [Theory]
    [InlineData("hashes", "string", "quarante-deux")]
    [InlineData("hashes", "string", "99999999999999999999")]
    [InlineData("hashes", "string", "-8")]
    [InlineData("hashes", "hash", "")]
    [InlineData("wallet", "string", "pas un hash")]
    public async Task An_invalid_key_is_named_then_counting_resumes_without_a_false_reset(string key, string type, string value)
    {
        await using var client = await redis.ConnectAsync();
        var db = client.GetDatabase();
        await db.StringSetAsync("hashes", 100);
        await using var site = await DockerCoinsHost.StartAsync(HashRateMonitorRedisTests.Settings(redis));
        await site.WaitForAsync(s => s.TotalHashes == 100, TimeSpan.FromSeconds(10));

        await Overwrite(db, key, type, value);
        var invalid = await site.WaitForAsync(s => s.State == DockerCoinsConnectionState.InvalidData, TimeSpan.FromSeconds(10));
        await db.KeyDeleteAsync(key);
        await db.StringSetAsync("hashes", 104);
        var back = await site.WaitForAsync(
            s => s.State == DockerCoinsConnectionState.Connected && s.TotalHashes == 104, TimeSpan.FromSeconds(10));

        Assert.Equal(key, invalid.InvalidKey);
        Assert.Equal(100, invalid.TotalHashes); // the last valid totals stay on screen
        Assert.Null(back.LastResetAt);
        Assert.All(back.History, p => Assert.True(p.RawRate is null or <= 4, $"rate spike: {p.RawRate}"));
        Assert.Contains(back.History, p => p.IsGap);
    }

    private static async Task Overwrite(IDatabase db, string key, string type, string value)
    {
        await db.KeyDeleteAsync(key);
        if (type == "hash")
        {
            await db.HashSetAsync(key, "champ", "valeur");
        }
        else
        {
            await db.StringSetAsync(key, value);
        }
    }

    private async Task<long> NetworkOutputBytesAsync()
    {
        await using var client = await redis.ConnectAsync();
        var stats = await client.GetServer(redis.ConnectionString).InfoAsync("stats");
        var line = stats.SelectMany(group => group).Single(pair => pair.Key == "total_net_output_bytes");
        return long.Parse(line.Value, CultureInfo.InvariantCulture);
    }
}
