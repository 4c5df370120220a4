using System.Security.Cryptography;
using Course.Web.Components.DockerCoins.Probes;

namespace Course.Web.Components.DockerCoins;

/// <summary>The embedded <c>hasher</c> service: 0.1 s per request, the SHA-256 hex digest of the body.</summary>
internal sealed class HashingService(TimeProvider time)
{
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    /// <summary>Every call's duration, as the embedded miner's workers see it.</summary>
    public ServiceCallLog Calls { get; } = new();

    public async Task<string> HashAsync(byte[] data, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await Task.Delay(Latency, time, cancellationToken);
        var hex = Convert.ToHexStringLower(SHA256.HashData(data));
        Calls.Record(time.GetElapsedTime(started));
        return hex;
    }
}
