using Course.Web.Components.DockerCoins.Probes;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// The lab reporter's view of the student's own DockerCoins: one bounded read of <c>hashes</c> and the size of
/// <c>wallet</c> per second, and a probe of rng, hasher and webui per probe interval, kept until the next push drains
/// them. What a failing push could not deliver is bounded (the oldest is dropped), never piled up.
/// </summary>
internal sealed class DockerCoinsSampler(ICoinStore store, IServiceProbeSource probes, TimeProvider time)
{
    private static readonly DockerCoinsService[] AllServices = Enum.GetValues<DockerCoinsService>();

    private readonly Lock _gate = new();
    private List<CounterSample> _counters = [];
    private List<ProbeSample> _probes = [];
    private bool _news;
    private int _workers = -1;

    /// <summary>The ready <c>worker</c> replicas of the last cluster state, or null when unknown.</summary>
    public int? Workers
    {
        get => Volatile.Read(ref _workers) is var w and >= 0 ? w : null;
        set => Volatile.Write(ref _workers, value ?? -1);
    }

    public Task RunAsync(TimeSpan probeInterval, CancellationToken stoppingToken) => Task.WhenAll(
        store.Kind == CoinStoreKind.None ? Task.CompletedTask : ReadCountersAsync(stoppingToken),
        ProbeAsync(probeInterval, stoppingToken));

    /// <summary>
    /// What to push: null when nothing answered since the last drain, unless <paramref name="force"/> (a heartbeat
    /// tells the site DockerCoins is down). Without DockerCoins in the cluster the reporter stays at one push per 15 s.
    /// </summary>
    public DockerCoinsReport? Drain(bool force)
    {
        lock (_gate)
        {
            if ((!_news && !force) || (_counters.Count == 0 && _probes.Count == 0))
            {
                return null;
            }

            var report = new DockerCoinsReport(_counters, _probes);
            _counters = [];
            _probes = [];
            _news = false;
            return report;
        }
    }

    private async Task ReadCountersAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(HashRateMonitor.SampleInterval, time);
        try
        {
            do
            {
                var at = time.GetUtcNow();
                CounterSample sample;
                try
                {
                    var reading = await store.ReadAsync(stoppingToken);
                    sample = new CounterSample(at, reading.Hashes, reading.Coins);
                }
                catch (Exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // Unreachable, timed out or invalid: a gap, as on the site's own dashboard.
                    sample = new CounterSample(at, null, null);
                }

                AddCounter(sample);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProbeAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        var configured = AllServices.Where(probes.IsConfigured).ToList();
        if (configured.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                var workers = Workers;
                var results = await Task.WhenAll(configured.Select(async s => (Service: s, Result: await ProbeOneAsync(s, stoppingToken))));
                var at = time.GetUtcNow();
                foreach (var (service, result) in results)
                {
                    if (result is not null)
                    {
                        var sample = new ProbeSample(service.Name(), at, result.Latency?.TotalMilliseconds, Truncate(result.Error), result.TimedOut, workers);
                        AddProbe(sample, result.Succeeded);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<ProbeResult?> ProbeOneAsync(DockerCoinsService service, CancellationToken stoppingToken)
    {
        try
        {
            return await probes.ProbeAsync(service, stoppingToken);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            return ProbeResult.Failed("erreur inattendue de la sonde");
        }
    }

    // Drain swaps the lists: always add to the current one, under the lock.
    private void AddCounter(CounterSample sample)
    {
        lock (_gate)
        {
            AddBounded(_counters, sample, DockerCoinsReportValidator.MaxCounters);
            _news |= !sample.IsGap;
        }
    }

    private void AddProbe(ProbeSample sample, bool answered)
    {
        lock (_gate)
        {
            AddBounded(_probes, sample, DockerCoinsReportValidator.MaxProbes);
            _news |= answered;
        }
    }

    private static void AddBounded<T>(List<T> samples, T sample, int max)
    {
        samples.Add(sample);
        if (samples.Count > max)
        {
            samples.RemoveAt(0);
        }
    }

    private static string? Truncate(string? error) =>
        error is { Length: > DockerCoinsReportValidator.MaxErrorLength } ? error[..DockerCoinsReportValidator.MaxErrorLength] : error;
}
