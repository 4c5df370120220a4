using Course.Web.Components.DockerCoins.Probes;
using Course.Web.Components.Feeds;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// One student's own DockerCoins as their reporter pushes it: the same windowed hash-rate calculation and the same
/// service histories as the site's own monitors, fed by the pushed counters and probe results instead of local reads.
/// Viewers subscribe to <see cref="HashRates"/> and <see cref="Services"/>; pushes never wait for them.
/// </summary>
internal sealed class StudentDockerCoins
{
    private static readonly DockerCoinsService[] AllServices = Enum.GetValues<DockerCoinsService>();

    private readonly Lock _gate = new();
    private readonly HashRateCalculator _calculator = new(
        HashRateCalculator.DefaultWindow, (int)(HashRateMonitor.HistoryLength / HashRateMonitor.SampleInterval));
    private readonly Dictionary<DockerCoinsService, ServiceLatencyHistory> _histories;
    private readonly Dictionary<DockerCoinsService, DateTimeOffset> _lastProbeAt = [];
    private readonly TimeZoneInfo _timeZone;
    private readonly string _probeLoad;
    private readonly HashRateFeed _hashRates;
    private readonly ServicesFeed _services;
    private DateTimeOffset _lastCounterAt = DateTimeOffset.MinValue;
    private int? _workers;
    private long _sequence;

    public StudentDockerCoins(DockerCoinsOptions options, ILogger logger)
    {
        _timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var slow = ServiceHealthMonitor.SlowLatency(options.ProbeTimeout);
        _histories = AllServices.ToDictionary(s => s, s => new ServiceLatencyHistory(s, slow));
        _probeLoad = $"Sondes de l’agent de votre cluster : une requête rng toutes les {ServiceFormat.Seconds(options.ProbeInterval)} : " +
            $"{ServiceFormat.Percent(RandomBytesService.Latency / options.ProbeInterval)} de la capacité d’un rng à un seul fil.";
        _hashRates = new HashRateFeed(logger);
        _services = new ServicesFeed(logger);
    }

    /// <summary>When the site last received this student's DockerCoins measurements (the site's clock).</summary>
    public DateTimeOffset LastContact { get; private set; }

    public IHashRateFeed HashRates => _hashRates;

    public IServiceHealthFeed Services => _services;

    /// <summary>Adds a validated push; counters and probes already seen (a resent push) are ignored.</summary>
    public void Accept(DockerCoinsReport report, DateTimeOffset receivedAt)
    {
        HashRateSnapshot? rates = null;
        ServicesSnapshot? services = null;
        lock (_gate)
        {
            LastContact = receivedAt;
            var counters = report.Counters.Where(c => c.At > _lastCounterAt).ToList();
            foreach (var counter in counters)
            {
                _calculator.Add(counter.At, counter.IsGap ? null : new CounterReading(counter.Hashes!.Value, counter.Coins!.Value));
                _lastCounterAt = counter.At;
            }

            if (counters.Count > 0)
            {
                var state = counters[^1].IsGap ? DockerCoinsConnectionState.Reconnecting : DockerCoinsConnectionState.Connected;
                rates = new HashRateSnapshot(++_sequence, state, _calculator.History(), _timeZone);
            }

            if (AddProbes(report.Probes))
            {
                var health = AllServices.Select(s => _histories[s].ToHealth()).ToList();
                var hint = BottleneckDetector.Detect(AllServices
                    .Where(s => s != DockerCoinsService.WebUi)
                    .ToDictionary(s => s, s => _histories[s].WorkerSeries));
                services = new ServicesSnapshot(++_sequence, health, hint, _probeLoad, _workers);
            }
        }

        if (rates is not null)
        {
            _hashRates.Publish(rates);
        }

        if (services is not null)
        {
            _services.Publish(services);
        }
    }

    private bool AddProbes(IReadOnlyList<ProbeSample> probes)
    {
        var added = false;
        foreach (var probe in probes.OrderBy(p => p.At))
        {
            ServiceNames.TryParse(probe.Service, out var service);
            if (_lastProbeAt.TryGetValue(service, out var last) && probe.At <= last)
            {
                continue;
            }

            var latency = probe.LatencyMs is { } ms ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null;
            _histories[service].Add(probe.At, new ProbeResult(latency, probe.Error, probe.TimedOut), probe.Workers);
            _lastProbeAt[service] = probe.At;
            _workers = probe.Workers;
            added = true;
        }

        return added;
    }

    private class Feed<T>(ILogger logger)
        where T : class
    {
        private readonly FeedSubscribers<T> _subscribers = new(ex => logger.StudentSubscriberFailed(ex));
        private T? _current;

        public T? Current => Volatile.Read(ref _current);

        public IDisposable Subscribe(Func<T, Task> onSnapshot) => _subscribers.Subscribe(onSnapshot);

        public void Publish(T snapshot)
        {
            Volatile.Write(ref _current, snapshot);
            _subscribers.Publish(snapshot);
        }
    }

    private sealed class HashRateFeed(ILogger logger) : Feed<HashRateSnapshot>(logger), IHashRateFeed;

    private sealed class ServicesFeed(ILogger logger) : Feed<ServicesSnapshot>(logger), IServiceHealthFeed;
}
