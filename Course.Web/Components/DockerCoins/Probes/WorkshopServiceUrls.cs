using System.Net;
using StackExchange.Redis;

namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>
/// In a pod next to DockerCoins (the site reads DockerCoins' Redis from inside the cluster), the services to probe
/// default to the workshop's service names beside that Redis: <c>redis:6379</c> gives <c>http://rng/</c>,
/// <c>redis.dockercoins.svc.cluster.local:6379</c> gives <c>http://rng.dockercoins.svc.cluster.local/</c>.
/// A URL set in configuration wins; an empty one means "not probed".
/// </summary>
internal static class WorkshopServiceUrls
{
    public static void ApplyDefaults(DockerCoinsOptions options, bool inPod)
    {
        if (!inPod || !options.RedisConfigured || Suffix(options.RedisConnectionString!) is not { } suffix)
        {
            return;
        }

        options.RngUrl ??= $"http://rng{suffix}/";
        options.HasherUrl ??= $"http://hasher{suffix}/";
        options.WebUiUrl ??= $"http://webui{suffix}/";
    }

    /// <summary>What follows <c>redis</c> in the Redis host name (the namespace part), "" for another host, null if unparsable.</summary>
    public static string? Suffix(string redisConnectionString)
    {
        try
        {
            var host = ConfigurationOptions.Parse(redisConnectionString).EndPoints.FirstOrDefault() is DnsEndPoint dns ? dns.Host : null;
            return host is not null && host.StartsWith("redis.", StringComparison.OrdinalIgnoreCase) ? host["redis".Length..] : "";
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or RedisException)
        {
            // The validator reports the connection string itself.
            return null;
        }
    }
}
