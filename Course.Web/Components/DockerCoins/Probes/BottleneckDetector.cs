namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>
/// Names the service whose latency grows with the worker count, from measurements only. A service that serves
/// one request at a time queues every extra worker, so its median latency at the highest worker count seen is a
/// multiple of the one at the lowest; a threaded service stays flat and is never named.
/// </summary>
internal static class BottleneckDetector
{
    /// <summary>Medians need a few points per worker count, so one noisy measurement names nothing.</summary>
    public const int MinSamplesPerWorkerCount = 3;

    /// <summary>The latency must at least double…</summary>
    public const double MinGrowthRatio = 2.0;

    /// <summary>…and grow by a noticeable amount, so 2 ms → 4 ms on loopback is no bottleneck.</summary>
    public static readonly TimeSpan MinGrowth = TimeSpan.FromMilliseconds(100);

    public static BottleneckHint? Detect(IReadOnlyDictionary<DockerCoinsService, IReadOnlyList<WorkerLatency>> series)
    {
        BottleneckHint? worst = null;
        foreach (var (service, samples) in series)
        {
            var hint = DetectOne(service, samples);
            if (hint is not null && (worst is null || Growth(hint) > Growth(worst)))
            {
                worst = hint;
            }
        }

        return worst;
    }

    private static BottleneckHint? DetectOne(DockerCoinsService service, IReadOnlyList<WorkerLatency> samples)
    {
        var byWorkers = samples
            .GroupBy(s => s.Workers)
            .Where(g => g.Count() >= MinSamplesPerWorkerCount)
            .Select(g => (Workers: g.Key, Median: Median(g.Select(s => s.Latency))))
            .OrderBy(g => g.Workers)
            .ToList();
        if (byWorkers.Count < 2)
        {
            return null;
        }

        var (few, fewLatency) = byWorkers[0];
        var (many, manyLatency) = byWorkers[^1];
        var grew = manyLatency - fewLatency >= MinGrowth && manyLatency.Ticks >= fewLatency.Ticks * MinGrowthRatio;
        return grew ? new BottleneckHint(service, few, fewLatency, many, manyLatency) : null;
    }

    private static TimeSpan Growth(BottleneckHint hint) => hint.LatencyWithManyWorkers - hint.LatencyWithFewWorkers;

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
