using Course.Web.Components.Feeds;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// The in-process DockerCoins: N <see cref="MinerWorker"/> loops sharing one rng and one hasher, writing
/// to the configured store. Off when a Redis is configured, unless <c>DockerCoins:EmbeddedMiner=true</c>.
/// One miner is shared by every viewer: each change is published to all of them, as the monitor publishes samples.
/// </summary>
internal sealed class EmbeddedMiner(
    ICoinStore store,
    RandomBytesService rng,
    HashingService hasher,
    IOptions<DockerCoinsOptions> options,
    TimeProvider time,
    ILogger<EmbeddedMiner> logger) : BackgroundService, IMinerControl
{
    private readonly Lock _gate = new();
    private readonly List<(Task Loop, CancellationTokenSource Stop)> _workers = [];
    private readonly FeedSubscribers<int> _subscribers = new(ex => logger.SubscriberFailed(ex));
    private CancellationToken _stoppingToken = new(canceled: true);
    private int _workerCount = Math.Clamp(options.Value.Workers, DockerCoinsOptions.MinWorkers, DockerCoinsOptions.MaxWorkers);

    public bool IsEnabled { get; } = options.Value.MinerEnabled && store.Kind != CoinStoreKind.None;

    public int WorkerCount => Volatile.Read(ref _workerCount);

    public void SetWorkerCount(int workers)
    {
        workers = Math.Clamp(workers, DockerCoinsOptions.MinWorkers, DockerCoinsOptions.MaxWorkers);
        lock (_gate)
        {
            // A slider sends the same value many times: only a change is applied, logged and published.
            if (workers == _workerCount)
            {
                return;
            }

            Volatile.Write(ref _workerCount, workers);
            Rebalance();
        }

        logger.WorkersChanged(workers, store.Kind);
        _subscribers.Publish(workers);
    }

    public IDisposable Subscribe(Func<int, Task> onWorkerCountChanged) => _subscribers.Subscribe(onWorkerCountChanged);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsEnabled)
        {
            return;
        }

        lock (_gate)
        {
            _stoppingToken = stoppingToken;
            Rebalance();
        }

        logger.WorkersChanged(WorkerCount, store.Kind);

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the workers observe the same token.
        }

        Task[] loops;
        lock (_gate)
        {
            loops = [.. _workers.Select(w => w.Loop)];
        }

        await Task.WhenAll(loops);
    }

    // Called under _gate: starts or stops workers until their number matches the requested count.
    private void Rebalance()
    {
        if (!IsEnabled || _stoppingToken.IsCancellationRequested)
        {
            return;
        }

        while (_workers.Count < _workerCount)
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(_stoppingToken);
            var worker = new MinerWorker(rng, hasher, store, time, logger);
            var loop = Task.Run(() => worker.RunAsync(stop.Token), CancellationToken.None);

            // Disposed once the loop has seen its cancellation, never while it still holds the token.
            _ = loop.ContinueWith(_ => stop.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            _workers.Add((loop, stop));
        }

        while (_workers.Count > _workerCount)
        {
            var (_, stop) = _workers[^1];
            _workers.RemoveAt(_workers.Count - 1);
            stop.Cancel();
        }
    }
}
