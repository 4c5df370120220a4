namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>
/// One service's probe results: the last minute for the panel (latencies, availability, last error) and ten
/// minutes of (worker count, latency) pairs for the bottleneck detector. Not thread-safe: the prober owns it.
/// </summary>
internal sealed class ServiceLatencyHistory(DockerCoinsService service, TimeSpan slowLatency)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan DetectionWindow = TimeSpan.FromMinutes(10);

    private readonly Queue<(DateTimeOffset At, ProbeResult Result)> _recent = new();
    private readonly Queue<(DateTimeOffset At, WorkerLatency Sample)> _byWorkers = new();
    private string? _lastError;

    public DockerCoinsService Service => service;

    public IReadOnlyList<WorkerLatency> WorkerSeries => [.. _byWorkers.Select(s => s.Sample)];

    public void Add(DateTimeOffset at, ProbeResult result, int? workers)
    {
        _recent.Enqueue((at, result));
        while (_recent.Peek().At < at - Window)
        {
            _recent.Dequeue();
        }

        if (result.Error is not null)
        {
            _lastError = result.Error;
        }

        if (result.Succeeded && workers is { } count)
        {
            _byWorkers.Enqueue((at, new WorkerLatency(count, result.Latency!.Value)));
        }

        while (_byWorkers.Count > 0 && _byWorkers.Peek().At < at - DetectionWindow)
        {
            _byWorkers.Dequeue();
        }
    }

    public ServiceHealth ToHealth()
    {
        if (_recent.Count == 0)
        {
            return new ServiceHealth(service, ServiceStatus.Waiting, null, null, null, 0, null, []);
        }

        var last = _recent.Last().Result;
        var answered = _recent.Where(r => r.Result.Succeeded).Select(r => r.Result.Latency!.Value).Order().ToList();
        var status = last.TimedOut ? ServiceStatus.Slow
            : last.Error is not null ? ServiceStatus.Down
            : last.Latency > slowLatency ? ServiceStatus.Slow
            : ServiceStatus.Ok;
        return new ServiceHealth(
            service,
            status,
            last.Latency,
            Percentile(answered, 0.50),
            Percentile(answered, 0.95),
            (double)answered.Count / _recent.Count,
            _lastError,
            [.. _recent.Select(r => r.Result.Succeeded ? r.Result.Latency!.Value.TotalSeconds : (double?)null)]);
    }

    // Nearest-rank percentile: with 30 samples a minute, interpolation would add precision the data does not have.
    private static TimeSpan? Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
