namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>
/// The embedded miner's in-process rng and hasher, measured on the workers' own calls (queueing included), so the
/// panel and the bottleneck hint work on a fresh machine. Probing adds no load: nothing is called for the panel.
/// </summary>
internal sealed class EmbeddedServiceProbeSource(
    RandomBytesService rng,
    HashingService hasher,
    IMinerControl miner) : IServiceProbeSource
{
    public int? Workers => miner.WorkerCount;

    public string ProbeLoad =>
        "Mineur intégré : les mesures sont celles des appels des workers eux-mêmes ; la sonde n’ajoute aucune requête.";

    // The embedded DockerCoins has no webui: this page plays its part.
    public bool IsConfigured(DockerCoinsService service) => miner.IsEnabled && service != DockerCoinsService.WebUi;

    public Task<ProbeResult?> ProbeAsync(DockerCoinsService service, CancellationToken cancellationToken)
    {
        var median = service == DockerCoinsService.Rng ? rng.Calls.DrainMedian() : hasher.Calls.DrainMedian();
        return Task.FromResult(median is { } latency ? ProbeResult.Ok(latency) : null);
    }
}
