using Course.Web.Components.Feeds;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>
/// Probes the DockerCoins services once per interval (all of them at once), keeps their history, names the
/// bottleneck and pushes each snapshot to every subscribed panel. One per app instance: viewers never call a service.
/// </summary>
internal sealed class ServiceHealthMonitor(
    IServiceProbeSource source,
    IOptions<DockerCoinsOptions> options,
    TimeProvider time,
    ILogger<ServiceHealthMonitor> logger) : BackgroundService, IServiceHealthFeed
{
    private static readonly DockerCoinsService[] AllServices = Enum.GetValues<DockerCoinsService>();

    private readonly Dictionary<DockerCoinsService, ServiceLatencyHistory> _histories = AllServices.ToDictionary(
        s => s,
        s => new ServiceLatencyHistory(s, SlowLatency(options.Value.ProbeTimeout)));
    private readonly Dictionary<DockerCoinsService, ServiceStatus> _loggedStatus = [];
    private readonly FeedSubscribers<ServicesSnapshot> _subscribers = new(ex => logger.ServicesSubscriberFailed(ex));
    private ServicesSnapshot? _current;
    private long _sequence;

    public ServicesSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>Above this a service answering correctly is "lent": half the timeout, at most 0.5 s.</summary>
    public static TimeSpan SlowLatency(TimeSpan timeout) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromMilliseconds(500).Ticks, timeout.Ticks / 2));

    public IDisposable Subscribe(Func<ServicesSnapshot, Task> onSnapshot) => _subscribers.Subscribe(onSnapshot);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!AllServices.Any(source.IsConfigured))
        {
            logger.NothingToProbe();
            Publish(null);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.ProbeInterval, time);
        try
        {
            do
            {
                await ProbeRoundAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task ProbeRoundAsync(CancellationToken stoppingToken)
    {
        var workers = source.Workers;
        var configured = AllServices.Where(source.IsConfigured).ToList();
        var results = await Task.WhenAll(configured.Select(s => ProbeOneAsync(s, stoppingToken)));
        var at = time.GetUtcNow();
        for (var i = 0; i < configured.Count; i++)
        {
            if (results[i] is { } result)
            {
                _histories[configured[i]].Add(at, result, workers);
            }
        }

        Publish(workers);
    }

    private async Task<ProbeResult?> ProbeOneAsync(DockerCoinsService service, CancellationToken stoppingToken)
    {
        try
        {
            return await source.ProbeAsync(service, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A probe source must not stop the loop; what it could not classify still shows as a failure.
            logger.ProbeFailed(service.Name(), ex);
            return ProbeResult.Failed("erreur inattendue de la sonde");
        }
    }

    private void Publish(int? workers)
    {
        var services = AllServices
            .Select(s => source.IsConfigured(s) ? _histories[s].ToHealth() : new ServiceHealth(s, ServiceStatus.NotConfigured, null, null, null, 0, null, []))
            .ToList();
        LogStatusChanges(services);
        var hint = BottleneckDetector.Detect(AllServices
            .Where(s => s != DockerCoinsService.WebUi)
            .ToDictionary(s => s, s => _histories[s].WorkerSeries));
        var snapshot = new ServicesSnapshot(++_sequence, services, hint, source.ProbeLoad, workers);
        Volatile.Write(ref _current, snapshot);
        _subscribers.Publish(snapshot);
    }

    private void LogStatusChanges(List<ServiceHealth> services)
    {
        foreach (var health in services)
        {
            if (_loggedStatus.TryGetValue(health.Service, out var before) && before != health.Status
                && health.Status is ServiceStatus.Down or ServiceStatus.Slow or ServiceStatus.Ok)
            {
                logger.ServiceStatusChanged(health.Service.Name(), before, health.Status, health.LastError);
            }

            _loggedStatus[health.Service] = health.Status;
        }
    }
}
