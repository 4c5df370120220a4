using Course.Web.Components.Feeds;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// Samples the DockerCoins store once per second (one round trip), keeps 10 minutes of samples and pushes
/// each snapshot to every subscribed dashboard. One per app instance: viewers never reach Redis.
/// </summary>
internal sealed class HashRateMonitor(
    ICoinStore store,
    IOptions<DockerCoinsOptions> options,
    TimeProvider time,
    ILogger<HashRateMonitor> logger) : BackgroundService, IHashRateFeed
{
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan HistoryLength = TimeSpan.FromMinutes(10);

    private readonly HashRateCalculator _calculator = new(HashRateCalculator.DefaultWindow, (int)(HistoryLength / SampleInterval));
    private readonly TimeZoneInfo _timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    private readonly FeedSubscribers<HashRateSnapshot> _subscribers = new(ex => logger.SubscriberFailed(ex));
    private HashRateSnapshot? _current;
    private long _sequence;
    private bool _unreachable;
    private string? _invalidKey;

    public HashRateSnapshot? Current => Volatile.Read(ref _current);

    public int SubscriberCount => _subscribers.Count;

    public IDisposable Subscribe(Func<HashRateSnapshot, Task> onSnapshot) => _subscribers.Subscribe(onSnapshot);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store.Kind == CoinStoreKind.None)
        {
            logger.NotConfigured();
            Publish(DockerCoinsConnectionState.NotConfigured, []);
            return;
        }

        using var timer = new PeriodicTimer(SampleInterval, time);
        try
        {
            do
            {
                await SampleAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SampleAsync(CancellationToken stoppingToken)
    {
        var at = time.GetUtcNow();
        CounterReading? reading = null;
        string? invalidKey = null;
        try
        {
            reading = await store.ReadAsync(stoppingToken);
        }
        catch (InvalidCoinDataException ex)
        {
            // Redis answered: not an outage. The sample is a gap, so no false reset and no spike on recovery.
            if (_invalidKey != ex.Key)
            {
                logger.InvalidData(ex.Key, ex);
            }

            invalidKey = ex.Key;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            if (!_unreachable)
            {
                logger.RedisUnreachable(ex);
            }

            _unreachable = true;
        }

        if ((reading is not null || invalidKey is not null) && _unreachable)
        {
            logger.RedisRecovered();
            _unreachable = false;
        }

        if (reading is not null && _invalidKey is not null)
        {
            logger.DataValidAgain();
        }

        _invalidKey = invalidKey;
        var state = invalidKey is not null ? DockerCoinsConnectionState.InvalidData
            : reading is null ? DockerCoinsConnectionState.Reconnecting
            : store.Kind == CoinStoreKind.InMemory ? DockerCoinsConnectionState.Embedded
            : DockerCoinsConnectionState.Connected;
        _calculator.Add(at, reading);
        Publish(state, _calculator.History(), invalidKey);
    }

    private void Publish(DockerCoinsConnectionState state, IReadOnlyList<HashRatePoint> history, string? invalidKey = null)
    {
        var snapshot = new HashRateSnapshot(++_sequence, state, history, _timeZone, invalidKey);
        Volatile.Write(ref _current, snapshot);
        _subscribers.Publish(snapshot);
    }
}
