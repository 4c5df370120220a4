using System.Diagnostics;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>Probes DockerCoins services running elsewhere (a cluster, a pod next to them) over HTTP, with the typed clients.</summary>
internal sealed class HttpServiceProbeSource(
    IServiceProvider services,
    IOptions<DockerCoinsOptions> options) : IServiceProbeSource
{
    private readonly DockerCoinsOptions _options = options.Value;

    // Redis-backed DockerCoins runs however many workers the student scaled to: unknown here, so no hint.
    public int? Workers => null;

    public string ProbeLoad => IsConfigured(DockerCoinsService.Rng)
        ? $"Sonde : une requête rng toutes les {ServiceFormat.Seconds(_options.ProbeInterval)} : " +
          $"{ServiceFormat.Percent(RandomBytesService.Latency / _options.ProbeInterval)} de la capacité d’un rng à un seul fil."
        : $"Sonde : une requête par service configuré toutes les {ServiceFormat.Seconds(_options.ProbeInterval)}.";

    public bool IsConfigured(DockerCoinsService service) => !string.IsNullOrWhiteSpace(service switch
    {
        DockerCoinsService.Rng => _options.RngUrl,
        DockerCoinsService.Hasher => _options.HasherUrl,
        _ => _options.WebUiUrl,
    });

    public async Task<ProbeResult?> ProbeAsync(DockerCoinsService service, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var error = service switch
            {
                DockerCoinsService.Rng => await services.GetRequiredService<RngProbeClient>().CheckAsync(cancellationToken),
                DockerCoinsService.Hasher => await services.GetRequiredService<HasherProbeClient>().CheckAsync(cancellationToken),
                _ => await services.GetRequiredService<WebUiProbeClient>().CheckAsync(cancellationToken),
            };
            var latency = Stopwatch.GetElapsedTime(started);
            return error is null ? ProbeResult.Ok(latency) : ProbeResult.Garbage(latency, error);
        }
        catch (TimeoutRejectedException)
        {
            return ProbeResult.Timeout(_options.ProbeTimeout);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout, the backstop behind the resilience timeout.
            return ProbeResult.Timeout(_options.ProbeTimeout);
        }
        catch (HttpRequestException ex)
        {
            var reason = ex.HttpRequestError == HttpRequestError.ConnectionError ? "connexion refusée ou impossible"
                : ex.HttpRequestError == HttpRequestError.NameResolutionError ? "nom d’hôte introuvable"
                : ex.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded ? "réponse invalide : trop volumineuse"
                : "échec de la requête HTTP";
            return ProbeResult.Failed($"injoignable : {reason}");
        }
    }
}
