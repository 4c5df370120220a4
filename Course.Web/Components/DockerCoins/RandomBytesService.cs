using System.Security.Cryptography;
using Course.Web.Components.DockerCoins.Probes;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// The embedded <c>rng</c> service: 0.1 s per request and, as in the workshop, one request at a time.
/// That single slot caps the whole miner near 10 hashes/s, which is chapter 2's scaling lesson.
/// </summary>
internal sealed class RandomBytesService(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Every call's duration, waiting for the single slot included: that wait is the bottleneck to show.</summary>
    public ServiceCallLog Calls { get; } = new();

    public async Task<byte[]> GetBytesAsync(int count, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await Task.Delay(Latency, time, cancellationToken);
            var bytes = RandomNumberGenerator.GetBytes(count);
            Calls.Record(time.GetElapsedTime(started));
            return bytes;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();
}
