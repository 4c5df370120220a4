using Course.Web.Components.DockerCoins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Course.Tests.DockerCoins;

/// <summary>
/// The DockerCoins feature alone, registered exactly as the site registers it (<c>AddDockerCoins</c>), in a
/// generic host: the real options validation, multiplexer, monitor and miner, without the web server.
/// </summary>
internal sealed class DockerCoinsHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DockerCoinsHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public HashRateMonitor Monitor => Services.GetRequiredService<HashRateMonitor>();

    public IMinerControl Miner => Services.GetRequiredService<IMinerControl>();

    public static DockerCoinsHost Build(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddDockerCoins();
        return new DockerCoinsHost(builder.Build());
    }

    public static async Task<DockerCoinsHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var host = Build(settings);
        await host._host.StartAsync();
        return host;
    }

    public Task StartAsync() => _host.StartAsync();

    /// <summary>Waits for the first snapshot (pushed to subscribers) that satisfies <paramref name="condition"/>.</summary>
    public async Task<HashRateSnapshot> WaitForAsync(Func<HashRateSnapshot, bool> condition, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<HashRateSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Monitor.Subscribe(snapshot =>
        {
            if (condition(snapshot))
            {
                found.TrySetResult(snapshot);
            }

            return Task.CompletedTask;
        });
        if (Monitor.Current is { } current && condition(current))
        {
            return current;
        }

        try
        {
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            var last = Monitor.Current;
            throw new TimeoutException(
                $"No matching DockerCoins snapshot within {timeout.TotalSeconds:0.#} s; last: state {last?.State}, " +
                $"hashes {last?.TotalHashes}, coins {last?.Coins}, rate {last?.CurrentRate}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
