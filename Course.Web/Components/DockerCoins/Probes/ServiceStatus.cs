namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>What a probed service looks like from the site.</summary>
internal enum ServiceStatus
{
    NotConfigured,
    Waiting,
    Ok,
    Slow,
    Down,
}
