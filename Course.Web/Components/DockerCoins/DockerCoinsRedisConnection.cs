using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// Owns the app's single <see cref="IConnectionMultiplexer"/> to the students' Redis. It connects
/// asynchronously on first use, from the background services, so a missing Redis never delays start-up
/// and no thread-pool thread waits for a socket.
/// </summary>
internal sealed class DockerCoinsRedisConnection(IOptions<DockerCoinsOptions> options) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer = new(
        () => ConnectionMultiplexer.ConnectAsync(CreateConfiguration(options.Value.RedisConnectionString!)));

    public async Task<IConnectionMultiplexer> GetAsync() => await _multiplexer.Value;

    /// <summary>
    /// Parses the configured string and makes failures quick and visible: never abort on a failed first
    /// connect (the multiplexer keeps retrying), fail commands at once while disconnected instead of
    /// queueing them (the chip must turn within 2 s), and retry the connection with a capped backoff.
    /// </summary>
    public static ConfigurationOptions CreateConfiguration(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = 2000;
        configuration.SyncTimeout = 1000;
        configuration.AsyncTimeout = 1000;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new ExponentialRetry(250, 2000);
        return configuration;
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            await (await _multiplexer.Value).DisposeAsync();
        }
    }
}
