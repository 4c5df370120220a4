using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.DockerCoins;

namespace Course.Web.Components.Cluster.Demonstration;

/// <summary>
/// The simulated cluster shown when none is configured. Its <c>worker</c> deployment follows the embedded miner's
/// worker count: a change is desired at once and ready a moment later, as a rollout would be, so scaling from the
/// DockerCoins page moves both the hash rate and this view.
/// </summary>
internal sealed class DemonstrationClusterFeed(IMinerControl miner, TimeProvider time, ILogger<DemonstrationClusterFeed> logger)
    : BackgroundService, ILabFeed
{
    /// <summary>How long the simulated pods take to become ready after a scale.</summary>
    public static readonly TimeSpan RolloutDelay = TimeSpan.FromSeconds(1.5);

    private readonly DateTimeOffset _started = time.GetUtcNow().AddMinutes(-42);
    private readonly LabStatePublisher _publisher = new(LabState.Connecting(LabOrigin.Demonstration), logger);
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);
    private int _ready = miner.WorkerCount;

    public LabState Current => _publisher.Current;

    public IDisposable Subscribe(Func<LabState, Task> onState) => _publisher.Subscribe(onState);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = miner.Subscribe(_ =>
        {
            _changed.Release();
            return Task.CompletedTask;
        });
        await PublishAsync();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _changed.WaitAsync(stoppingToken);
                await PublishAsync();
                await Task.Delay(RolloutDelay, time, stoppingToken);
                _ready = miner.WorkerCount;
                await PublishAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private Task PublishAsync()
    {
        var now = time.GetUtcNow();
        var snapshot = DemonstrationCluster.Snapshot(_started, now, miner.WorkerCount, _ready);
        return _publisher.PublishAsync(new LabState(LabOrigin.Demonstration, snapshot, null, now));
    }
}
