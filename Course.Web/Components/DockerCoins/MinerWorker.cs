namespace Course.Web.Components.DockerCoins;

/// <summary>One embedded DockerCoins <c>worker</c>, with the original loop's semantics.</summary>
internal sealed class MinerWorker(
    RandomBytesService rng,
    HashingService hasher,
    ICoinStore store,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan LoopPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PauseAfterError = TimeSpan.FromSeconds(10);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WorkLoopAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The original worker logs, sleeps 10 s and starts again (losing the loops not yet counted).
                logger.WorkerFailed(ex);
                try
                {
                    await Task.Delay(PauseAfterError, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task WorkLoopAsync(CancellationToken stoppingToken)
    {
        var deadline = DateTimeOffset.MinValue;
        long loopsDone = 0;
        while (true)
        {
            // At the first loop after the deadline, report the loops done since the last report.
            if (time.GetUtcNow() > deadline)
            {
                await store.IncrementHashesAsync(loopsDone, stoppingToken);
                loopsDone = 0;
                deadline = time.GetUtcNow() + ReportInterval;
            }

            await WorkOnceAsync(stoppingToken);
            loopsDone++;
        }
    }

    private async Task WorkOnceAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(LoopPause, time, stoppingToken);
        var bytes = await rng.GetBytesAsync(32, stoppingToken);
        var hex = await hasher.HashAsync(bytes, stoppingToken);
        if (hex.StartsWith('0'))
        {
            await store.AddCoinAsync(hex, bytes, stoppingToken);
        }
    }
}
