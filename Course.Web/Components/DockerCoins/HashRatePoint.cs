namespace Course.Web.Components.DockerCoins;

/// <summary>
/// One sample as drawn on the chart. A gap (Redis unreachable) has no values; a reset marks the first
/// sample after the counter went backwards.
/// </summary>
internal readonly record struct HashRatePoint(
    DateTimeOffset At,
    long? TotalHashes,
    long? Coins,
    double? RawRate,
    double? SmoothedRate,
    bool IsReset)
{
    public bool IsGap => TotalHashes is null;

    public static HashRatePoint Gap(DateTimeOffset at) => new(at, null, null, null, null, false);
}
