namespace Course.Web.Components.Cluster.Lab;

/// <summary>
/// A pod of the lab. <see cref="Component"/> names what it is for the course (kube-apiserver, etcd, kube-proxy, the
/// pod network's plugin, or the DockerCoins workload it belongs to).
/// </summary>
public sealed record LabPod(
    string Namespace,
    string Name,
    string Component,
    string? Node,
    string Phase,
    bool Ready,
    int Restarts,
    DateTimeOffset? CreatedAt);
