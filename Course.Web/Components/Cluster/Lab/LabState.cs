namespace Course.Web.Components.Cluster.Lab;

/// <summary>
/// What a lab view shows: the latest snapshot (kept while the source is degraded, so the page shows the last known
/// state), the current problem if any, and when the source last answered.
/// </summary>
public sealed record LabState(LabOrigin Origin, LabSnapshot? Snapshot, LabProblem? Problem, DateTimeOffset? LastContact)
{
    public static LabState Connecting(LabOrigin origin) => new(origin, null, null, null);
}
