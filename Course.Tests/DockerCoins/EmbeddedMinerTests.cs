using Course.Web.Components.DockerCoins;
using Xunit.Abstractions;

namespace Course.Tests.DockerCoins;

/// <summary>The in-process DockerCoins: real rng, hasher and workers, read by the real monitor.</summary>
/// <remarks>
/// Timing-sensitive, but on the services' fixed delays rather than on CPU speed (<see cref="EmbeddedMinerCollection"/>):
/// 4 workers are measured on both sides of 20 so that a change of pace during the test weighs on both sides alike.
/// </remarks>
[Collection(EmbeddedMinerCollection.Name)]
public sealed class EmbeddedMinerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_rate_rises_with_workers_then_plateaus_near_10_hashes_per_second_because_rng_serves_one_request_at_a_time()
    {
        await using var site = await DockerCoinsHost.StartAsync(new Dictionary<string, string?> { ["DockerCoins:Workers"] = "1" });
        Assert.True(site.Miner.IsEnabled);
        await site.WaitForAsync(s => s.State == DockerCoinsConnectionState.Embedded, TimeSpan.FromSeconds(10));

        var one = await MeasureAsync(site, workers: 1);
        var fourBefore = await MeasureAsync(site, workers: 4);
        var twenty = await MeasureAsync(site, workers: 20);
        var fourAfter = await MeasureAsync(site, workers: 4);

        // 4 workers are measured on both sides of 20, so a machine that slows down or speeds up during the test
        // weighs on both sides of the comparison alike.
        var four = (fourBefore + fourAfter) / 2;
        var rates = $"1 worker: {one:0.00}/s, 4: {fourBefore:0.00} then {fourAfter:0.00}/s, 20: {twenty:0.00}/s";
        output.WriteLine(rates);
        Assert.True(one is > 2.2 and < 4.0, rates);
        // The rise: 4 workers mine about 3 times as fast as 1 (9 against 3.2 hashes/s); workers that did not run side
        // by side would mine as fast as one. A loaded run read 1.98 times (session 15, load average 16-30: 1 worker
        // 2.83/s, 4 workers 5.57 then 5.63/s, 20 workers 8.19/s), under the 2x this asked for; 1.5x still fails when
        // the workers do not add up.
        Assert.True(four > 1.5 * one, rates);
        // The plateau: 5 times the workers, at most 2 times the rate (a worker's loop is 0.1 s of pause, rng and
        // hasher each, so the single rng slot gives about 9 hashes/s for 4 workers and 10 for 20; without the slot,
        // 20 workers would mine 5 times as fast as 4, as their loops are timers, not CPU). A loaded machine lengthens
        // every timer, 4 workers' most: the same run read 1.47x (1.24x in a CI run). Its level, near 10/s, is the best
        // of the two, as a burst of load can sink either window (the run above: 4 workers 5.6/s, 20 workers 8.19/s;
        // the first recorded CI run, ci1: 8.8 and 4.99/s); a slot twice as slow as designed gives 5/s to both.
        Assert.True(twenty <= 2 * four && twenty < 11.5 && Math.Max(four, twenty) > 6.5, rates);
        Assert.True(site.Monitor.Current!.Coins > 0, "some digests start with 0: coins were found");
    }

    [Fact]
    public async Task The_worker_count_stays_between_1_and_20()
    {
        await using var site = await DockerCoinsHost.StartAsync(new Dictionary<string, string?>());

        site.Miner.SetWorkerCount(0);
        Assert.Equal(1, site.Miner.WorkerCount);
        site.Miner.SetWorkerCount(99);
        Assert.Equal(20, site.Miner.WorkerCount);
    }

    // Hashes per second seen by the monitor over 10 s, after 3 s for the workers to settle (loops done before the
    // change but reported after it would otherwise count as extra rate). Each worker reports in steps of about
    // 1.2 s, so the rate is the least-squares slope of every 1 s sample rather than the difference of two.
    private static async Task<double> MeasureAsync(DockerCoinsHost site, int workers)
    {
        site.Miner.SetWorkerCount(workers);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var readings = new List<(double Seconds, long Hashes)>();
        var origin = DateTimeOffset.UtcNow;
        using (site.Monitor.Subscribe(snapshot =>
        {
            if (snapshot.LastReading is { TotalHashes: { } hashes } reading)
            {
                lock (readings)
                {
                    readings.Add(((reading.At - origin).TotalSeconds, hashes));
                }
            }

            return Task.CompletedTask;
        }))
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
        }

        lock (readings)
        {
            Assert.True(readings.Count >= 5, $"the monitor sampled only {readings.Count} times in 10 s");
            return Slope(readings);
        }
    }

    private static double Slope(IReadOnlyList<(double Seconds, long Hashes)> points)
    {
        var meanX = points.Average(p => p.Seconds);
        var meanY = points.Average(p => (double)p.Hashes);
        var covariance = points.Sum(p => (p.Seconds - meanX) * (p.Hashes - meanY));
        var variance = points.Sum(p => (p.Seconds - meanX) * (p.Seconds - meanX));
        return covariance / variance;
    }
}
