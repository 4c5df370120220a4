using Course.Web.Components.DockerCoins.Probes;
using Course.Web.Components.DockerCoins.Students;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Course.Web.Components.DockerCoins;

/// <summary>Wires the live DockerCoins dashboard: options, the shared Redis multiplexer, the monitor and the miner.</summary>
internal static class DockerCoinsRegistration
{
    public static IHostApplicationBuilder AddDockerCoins(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DockerCoinsOptions>()
            .BindConfiguration(DockerCoinsOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.RedisConnectionString = configuration.GetConnectionString(DockerCoinsOptions.ConnectionStringName))
            .PostConfigure(options => WorkshopServiceUrls.ApplyDefaults(options, Cluster.ClusterOptions.InPod))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DockerCoinsOptions>, DockerCoinsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        // The accounts feature, registered first, restricts the shared miner to instructors once one exists.
        services.TryAddSingleton<IMinerChangePolicy, AnyoneMayChangeMiner>();

        // One multiplexer for the whole app, connected on first use by the background services.
        services.AddSingleton<DockerCoinsRedisConnection>();
        services.AddSingleton<IConnectionMultiplexer>(sp =>
            sp.GetRequiredService<DockerCoinsRedisConnection>().GetAsync().GetAwaiter().GetResult());
        services.AddSingleton<ICoinStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DockerCoinsOptions>>().Value;
            if (options.RedisConfigured)
            {
                return new RedisCoinStore(sp.GetRequiredService<DockerCoinsRedisConnection>());
            }

            return options.MinerEnabled ? new InMemoryCoinStore() : new UnconfiguredCoinStore();
        });

        services.AddSingleton<RandomBytesService>();
        services.AddSingleton<HashingService>();
        services.AddSingleton<EmbeddedMiner>();
        services.AddSingleton<IMinerControl>(sp => sp.GetRequiredService<EmbeddedMiner>());
        services.AddHostedService(sp => sp.GetRequiredService<EmbeddedMiner>());

        services.AddSingleton<HashRateMonitor>();
        services.AddSingleton<IHashRateFeed>(sp => sp.GetRequiredService<HashRateMonitor>());
        services.AddHostedService(sp => sp.GetRequiredService<HashRateMonitor>());
        services.AddDockerCoinsServiceProbes();
        services.AddSingleton<ReportedDockerCoins>();
        return builder;
    }
}
