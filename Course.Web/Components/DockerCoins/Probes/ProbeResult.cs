namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>
/// One measurement of one service. <paramref name="Latency"/> is null when nothing answered in time;
/// <paramref name="Error"/> (French, shown to students) is null when the answer was right.
/// </summary>
internal sealed record ProbeResult(TimeSpan? Latency, string? Error, bool TimedOut = false)
{
    public bool Succeeded => Error is null && Latency is not null;

    public static ProbeResult Ok(TimeSpan latency) => new(latency, null);

    public static ProbeResult Garbage(TimeSpan latency, string error) => new(latency, error);

    public static ProbeResult Failed(string error) => new(null, error);

    public static ProbeResult Timeout(TimeSpan timeout) =>
        new(null, $"pas de réponse en {ServiceFormat.Seconds(timeout)} (délai dépassé)", TimedOut: true);
}
