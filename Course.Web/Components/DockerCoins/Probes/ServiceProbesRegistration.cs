using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>Wires the services panel: the typed probe clients, the probe source, the one monitor.</summary>
internal static class ServiceProbesRegistration
{
    // Garbage is judged from the first bytes; a service sending megabytes is broken, not worth buffering.
    private const long MaxAnswerBytes = 64 * 1024;

    public static IServiceCollection AddDockerCoinsServiceProbes(this IServiceCollection services)
    {
        services.AddDockerCoinsProbeClients();

        // Service URLs win: a site next to a real DockerCoins probes it even if its embedded miner also runs.
        services.AddSingleton<IServiceProbeSource>(sp =>
            sp.GetRequiredService<IOptions<DockerCoinsOptions>>().Value.AnyServiceUrl
                ? ActivatorUtilities.CreateInstance<HttpServiceProbeSource>(sp)
                : ActivatorUtilities.CreateInstance<EmbeddedServiceProbeSource>(sp));
        services.AddSingleton<ServiceHealthMonitor>();
        services.AddSingleton<IServiceHealthFeed>(sp => sp.GetRequiredService<ServiceHealthMonitor>());
        services.AddHostedService(sp => sp.GetRequiredService<ServiceHealthMonitor>());
        return services;
    }

    /// <summary>The typed probe clients alone: the site's prober and the lab reporter (which builds nothing else) share them.</summary>
    public static IServiceCollection AddDockerCoinsProbeClients(this IServiceCollection services)
    {
        AddProbeClient<RngProbeClient>(services, o => o.RngUrl);
        AddProbeClient<HasherProbeClient>(services, o => o.HasherUrl);
        AddProbeClient<WebUiProbeClient>(services, o => o.WebUiUrl);
        return services;
    }

    private static void AddProbeClient<TClient>(IServiceCollection services, Func<DockerCoinsOptions, string?> url)
        where TClient : class
    {
        services.AddHttpClient<TClient>((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<DockerCoinsOptions>>().Value;
                if (url(options) is { Length: > 0 } baseUrl)
                {
                    // A base without a trailing slash would drop its last segment when "32" or "json" is appended.
                    client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                }

                client.MaxResponseContentBufferSize = MaxAnswerBytes;
                client.Timeout = options.ProbeTimeout + TimeSpan.FromSeconds(1);
            })
            // A timeout and no retry: a retried probe would hide the failure and blur the latency it measures.
            .AddResilienceHandler("dockercoins-probe", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<DockerCoinsOptions>>().Value.ProbeTimeout));
    }
}
