namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>One service as the panel shows it: status, latencies over the last minute, availability, last error.</summary>
internal sealed record ServiceHealth(
    DockerCoinsService Service,
    ServiceStatus Status,
    TimeSpan? LastLatency,
    TimeSpan? P50,
    TimeSpan? P95,
    double Availability,
    string? LastError,
    IReadOnlyList<double?> RecentLatencySeconds);
