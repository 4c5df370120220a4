namespace Course.Web.Components.Cluster.Lab;

/// <summary>
/// What the site knows of one lab cluster at one moment, whatever its source (reporter, direct, demonstration): the
/// nodes, the control plane and pod network pods, and the DockerCoins workloads, pods and services. It is also the
/// reporter's push payload, so it stays compact and plain.
/// </summary>
public sealed record LabSnapshot(
    DateTimeOffset ObservedAt,
    IReadOnlyList<LabNode> Nodes,
    IReadOnlyList<LabPod> SystemPods,
    IReadOnlyList<LabWorkload> Workloads,
    IReadOnlyList<LabPod> Pods,
    IReadOnlyList<LabService> Services)
{
    public static LabSnapshot Empty(DateTimeOffset at) => new(at, [], [], [], [], []);

    /// <summary>The same cluster state, ignoring when it was observed: the reporter pushes only real changes.</summary>
    public bool SameStateAs(LabSnapshot other) =>
        Nodes.SequenceEqual(other.Nodes) && SystemPods.SequenceEqual(other.SystemPods) && Workloads.SequenceEqual(other.Workloads)
        && Pods.SequenceEqual(other.Pods) && Services.SequenceEqual(other.Services);
}
