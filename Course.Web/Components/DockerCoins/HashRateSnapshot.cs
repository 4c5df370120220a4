namespace Course.Web.Components.DockerCoins;

/// <summary>
/// What every open dashboard shows after one sample. Immutable and shared by all viewers, so the chart
/// data is computed once per sample, not once per viewer.
/// </summary>
internal sealed class HashRateSnapshot
{
    private readonly Lazy<HashRateChartData> _chart;
    private readonly Lazy<HashRateChartDrawing> _drawing;

    public HashRateSnapshot(
        long sequence,
        DockerCoinsConnectionState state,
        IReadOnlyList<HashRatePoint> history,
        TimeZoneInfo timeZone,
        string? invalidKey = null)
    {
        InvalidKey = invalidKey;
        Sequence = sequence;
        State = state;
        History = history;
        TimeZone = timeZone;
        LastReading = history.LastOrDefault(p => !p.IsGap) is { IsGap: false } reading ? reading : null;
        LastResetAt = history.LastOrDefault(p => p.IsReset) is { IsReset: true } reset ? reset.At : null;
        _chart = new(() => HashRateChartData.From(history, timeZone));
        _drawing = new(() => HashRateChartDrawing.From(_chart.Value));
    }

    /// <summary>Increases with each sample; lets a viewer drop a snapshot that arrives late.</summary>
    public long Sequence { get; }

    public DockerCoinsConnectionState State { get; }

    /// <summary>The Redis key whose value is invalid, in the <see cref="DockerCoinsConnectionState.InvalidData"/> state.</summary>
    public string? InvalidKey { get; }

    /// <summary>Samples from oldest to newest, gaps included.</summary>
    public IReadOnlyList<HashRatePoint> History { get; }

    public TimeZoneInfo TimeZone { get; }

    public HashRatePoint? LastReading { get; }

    public DateTimeOffset? LastResetAt { get; }

    /// <summary>The smoothed rate of the newest sample; unknown during an outage or before two samples.</summary>
    public double? CurrentRate => History.Count > 0 ? History[^1].SmoothedRate : null;

    public long TotalHashes => LastReading?.TotalHashes ?? 0;

    public long Coins => LastReading?.Coins ?? 0;

    public DateTimeOffset? LastSampleAt => LastReading?.At;

    public HashRateChartData Chart => _chart.Value;

    /// <summary>The chart's lines and ticks, drawn once per sample for every viewer.</summary>
    public HashRateChartDrawing Drawing => _drawing.Value;
}
