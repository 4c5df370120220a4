namespace Course.Web.Components.DockerCoins;

/// <summary>
/// Turns successive reads of the <c>hashes</c> counter into rates. Pure: the caller supplies the clock.
/// </summary>
/// <remarks>
/// A worker adds +4 about every 1.24 s, so Δhashes/Δt between 1 s samples swings between 0 and 4 around a
/// true 3.2/s. The smoothed rate is the least-squares slope of the counter over the last <c>window</c>:
/// it uses every sample in the window, not just its two ends, so it barely moves with the update period.
/// A counter that goes backwards starts a new segment (a reset, never a negative rate); a missed sample
/// is kept as a gap so the chart breaks its line there.
/// </remarks>
internal sealed class HashRateCalculator(TimeSpan window, int capacity)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan WindowSlack = TimeSpan.FromMilliseconds(500);

    private readonly RingBuffer<HashRatePoint> _points = new(capacity);
    private HashRatePoint? _lastReading;
    private DateTimeOffset _segmentStart = DateTimeOffset.MinValue;
    private bool _previousWasGap = true;

    public TimeSpan Window { get; } = window > TimeSpan.Zero
        ? window
        : throw new ArgumentOutOfRangeException(nameof(window), window, "Window must be positive.");

    /// <summary>Records a sample; <paramref name="reading"/> is null when the read failed.</summary>
    public HashRatePoint Add(DateTimeOffset at, CounterReading? reading)
    {
        if (reading is not { } current)
        {
            _previousWasGap = true;
            var gap = HashRatePoint.Gap(at);
            _points.Add(gap);
            return gap;
        }

        var isReset = _lastReading is { } before && current.Hashes < before.TotalHashes;
        if (isReset || _lastReading is null)
        {
            _segmentStart = at;
        }

        double? raw = null;
        if (!isReset && !_previousWasGap && _lastReading is { } previous && at > previous.At)
        {
            raw = (current.Hashes - previous.TotalHashes!.Value) / (at - previous.At).TotalSeconds;
        }

        var point = new HashRatePoint(at, current.Hashes, current.Coins, raw, null, isReset);
        _points.Add(point);
        point = point with { SmoothedRate = SmoothedRate(at) };
        _points.ReplaceNewest(point);

        _lastReading = point;
        _previousWasGap = false;
        return point;
    }

    /// <summary>Samples from oldest to newest, gaps included.</summary>
    public HashRatePoint[] History() => _points.ToArray();

    private double? SmoothedRate(DateTimeOffset now)
    {
        // Half a second of slack keeps the number of samples in the window steady despite timer jitter;
        // a window that holds 10 samples one second and 11 the next would itself make the rate jitter.
        var from = now - Window - WindowSlack;
        if (from < _segmentStart)
        {
            from = _segmentStart;
        }

        // Least squares on (seconds before now, hashes); offsets keep the sums small and exact enough.
        int n = 0;
        double sumX = 0, sumY = 0, sumXx = 0, sumXy = 0;
        long? origin = null;
        for (var i = _points.Count - 1; i >= 0; i--)
        {
            var p = _points[i];
            if (p.At < from)
            {
                break;
            }

            if (p.TotalHashes is not { } hashes)
            {
                continue;
            }

            origin ??= hashes;
            var x = (p.At - now).TotalSeconds;
            double y = hashes - origin.Value;
            n++;
            sumX += x;
            sumY += y;
            sumXx += x * x;
            sumXy += x * y;
        }

        var denominator = n * sumXx - sumX * sumX;
        if (n < 2 || denominator <= 0)
        {
            return null;
        }

        var slope = (n * sumXy - sumX * sumY) / denominator;
        return Math.Max(0, slope);
    }
}
