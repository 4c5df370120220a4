using System.Globalization;
using k8s.Models;

namespace Course.Web.Components.Cluster.Lab;

/// <summary>
/// Turns the watched Kubernetes objects into a <see cref="LabSnapshot"/>. Objects come from clusters the site does not
/// control, so every field may be missing: a missing field reads as "unknown", never as an exception.
/// </summary>
internal static class LabSnapshotBuilder
{
    /// <summary>At most this many DockerCoins pods: the payload stays small even when a student scales worker to 200.</summary>
    public const int MaxPods = 60;

    public static LabSnapshot Build(
        string dockerCoinsNamespace,
        DateTimeOffset at,
        IEnumerable<V1Node> nodes,
        IEnumerable<V1Pod> pods,
        IEnumerable<V1Deployment> deployments,
        IEnumerable<V1DaemonSet> daemonSets,
        IEnumerable<V1Service> services)
    {
        var allPods = pods.Where(p => p.Metadata?.Name is not null).ToList();
        var systemPods = allPods
            .Select(p => (Pod: p, Component: LabComponents.SystemComponent(p.Metadata.Name, p.Metadata.Labels as IReadOnlyDictionary<string, string>)))
            .Where(p => p.Component is not null && p.Pod.Metadata.NamespaceProperty != dockerCoinsNamespace)
            .Select(p => Pod(p.Pod, p.Component!, at))
            .OrderBy(p => p.Component, StringComparer.Ordinal).ThenBy(p => p.Node, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var workloads = deployments.Where(d => InLab(d.Metadata, dockerCoinsNamespace)).Select(Workload)
            .Concat(daemonSets.Where(d => InLab(d.Metadata, dockerCoinsNamespace)).Select(Workload))
            .OrderBy(w => Array.IndexOf(LabComponents.DockerCoins, w.Name)).ThenBy(w => w.Kind, StringComparer.Ordinal)
            .ToList();
        var labPods = allPods.Where(p => p.Metadata.NamespaceProperty == dockerCoinsNamespace)
            .Select(p => (Pod: p, Component: DockerCoinsComponent(p)))
            .Where(p => p.Component is not null)
            .Select(p => Pod(p.Pod, p.Component!, at))
            .OrderBy(p => Array.IndexOf(LabComponents.DockerCoins, p.Component)).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(MaxPods)
            .ToList();
        var labServices = services.Where(s => InLab(s.Metadata, dockerCoinsNamespace))
            .Select(s => new LabService(s.Metadata.Name, s.Spec?.Type ?? "ClusterIP", Ports(s.Spec?.Ports)))
            .OrderBy(s => Array.IndexOf(LabComponents.DockerCoins, s.Name))
            .ToList();
        var labNodes = nodes.Where(n => n.Metadata?.Name is not null).Select(Node).OrderBy(n => n.Role == "worker").ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        return new LabSnapshot(at, labNodes, systemPods, workloads, labPods, labServices);
    }

    private static bool InLab(V1ObjectMeta? metadata, string @namespace) =>
        metadata?.Name is { } name && metadata.NamespaceProperty == @namespace && LabComponents.DockerCoins.Contains(name);

    private static string? DockerCoinsComponent(V1Pod pod)
    {
        if (pod.Metadata.Labels is { } labels && labels.TryGetValue("app", out var app) && LabComponents.DockerCoins.Contains(app))
        {
            return app;
        }

        return LabComponents.DockerCoins.FirstOrDefault(name => pod.Metadata.Name.StartsWith(name + "-", StringComparison.Ordinal));
    }

    private static LabNode Node(V1Node node)
    {
        var labels = node.Metadata.Labels;
        var controlPlane = labels is not null && (labels.ContainsKey("node-role.kubernetes.io/control-plane") || labels.ContainsKey("node-role.kubernetes.io/master"));
        var ready = node.Status?.Conditions?.Any(c => c?.Type == "Ready" && c.Status == "True") == true;
        var info = node.Status?.NodeInfo;
        return new LabNode(node.Metadata.Name, controlPlane ? "control-plane" : "worker", ready, info?.KubeletVersion ?? "?", info?.ContainerRuntimeVersion ?? "?");
    }

    private static LabPod Pod(V1Pod pod, string component, DateTimeOffset at)
    {
        var statuses = pod.Status?.ContainerStatuses ?? [];
        var ready = pod.Status?.Conditions?.Any(c => c?.Type == "Ready" && c.Status == "True") == true;
        DateTimeOffset? created = pod.Metadata.CreationTimestamp is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : null;
        return new LabPod(
            pod.Metadata.NamespaceProperty ?? "",
            pod.Metadata.Name,
            component,
            pod.Spec?.NodeName,
            pod.Metadata.DeletionTimestamp is not null ? "Terminating" : pod.Status?.Phase ?? "Unknown",
            ready,
            statuses.Where(s => s is not null).Sum(s => s.RestartCount),
            created is { } c && c <= at ? c : created);
    }

    private static LabWorkload Workload(V1Deployment deployment) => new(
        deployment.Metadata.Name,
        LabWorkload.DeploymentKind,
        deployment.Spec?.Replicas ?? 1,
        deployment.Status?.ReadyReplicas ?? 0,
        deployment.Status?.AvailableReplicas ?? 0,
        Image(deployment.Spec?.Template?.Spec));

    private static LabWorkload Workload(V1DaemonSet daemonSet) => new(
        daemonSet.Metadata.Name,
        LabWorkload.DaemonSetKind,
        daemonSet.Status?.DesiredNumberScheduled ?? 0,
        daemonSet.Status?.NumberReady ?? 0,
        daemonSet.Status?.NumberAvailable ?? 0,
        Image(daemonSet.Spec?.Template?.Spec));

    private static string Image(V1PodSpec? spec) => spec?.Containers?.FirstOrDefault()?.Image ?? "?";

    private static string Ports(IList<V1ServicePort>? ports) => ports is null ? "" : string.Join(",", ports.Where(p => p is not null).Select(p =>
        (p.NodePort is { } nodePort ? $"{p.Port}:{nodePort}" : p.Port.ToString(CultureInfo.InvariantCulture)) + "/" + (p.Protocol ?? "TCP")));
}
