using System.Security.Cryptography;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// The embedded <c>rng</c> service: 0.1 s per request and, as in the workshop, one request at a time.
/// That single slot caps the whole miner near 10 hashes/s, which is chapter 2's scaling lesson.
/// </summary>
internal sealed class RandomBytesService(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<byte[]> GetBytesAsync(int count, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await Task.Delay(Latency, time, cancellationToken);
            return RandomNumberGenerator.GetBytes(count);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();
}
