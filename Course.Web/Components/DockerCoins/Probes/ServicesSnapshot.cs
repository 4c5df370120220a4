namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>Everything the services panel shows, produced once per probe round.</summary>
internal sealed record ServicesSnapshot(
    long Sequence,
    IReadOnlyList<ServiceHealth> Services,
    BottleneckHint? Bottleneck,
    string ProbeLoad,
    int? Workers);
