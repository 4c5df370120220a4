using System.Security.Cryptography;

namespace Course.Web.Components.DockerCoins;

/// <summary>The embedded <c>hasher</c> service: 0.1 s per request, the SHA-256 hex digest of the body.</summary>
internal sealed class HashingService(TimeProvider time)
{
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    public async Task<string> HashAsync(byte[] data, CancellationToken cancellationToken)
    {
        await Task.Delay(Latency, time, cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(data));
    }
}
