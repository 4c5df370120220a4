namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>Where the measurements come from: HTTP probes of real services, or the embedded miner's own calls.</summary>
internal interface IServiceProbeSource
{
    bool IsConfigured(DockerCoinsService service);

    /// <summary>The worker count behind the measurements when known (embedded miner), else null: no bottleneck hint.</summary>
    int? Workers { get; }

    /// <summary>What probing costs the services, stated on the page (French).</summary>
    string ProbeLoad { get; }

    /// <summary>Measures a configured service once; null when there was nothing to measure this round.</summary>
    Task<ProbeResult?> ProbeAsync(DockerCoinsService service, CancellationToken cancellationToken);
}
