namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>
/// Durations of the embedded miner's real calls to one in-process service, queueing included, collected between
/// two probe rounds. Thread-safe: every worker records, the one prober drains.
/// </summary>
internal sealed class ServiceCallLog
{
    private readonly Lock _gate = new();
    private List<TimeSpan> _calls = [];

    public void Record(TimeSpan duration)
    {
        lock (_gate)
        {
            _calls.Add(duration);
        }
    }

    /// <summary>The median duration of the calls since the last drain, or null if there were none.</summary>
    public TimeSpan? DrainMedian()
    {
        List<TimeSpan> calls;
        lock (_gate)
        {
            calls = _calls;
            _calls = [];
        }

        if (calls.Count == 0)
        {
            return null;
        }

        calls.Sort();
        return calls[calls.Count / 2];
    }
}
