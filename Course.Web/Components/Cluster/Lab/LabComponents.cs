namespace Course.Web.Components.Cluster.Lab;

/// <summary>The cluster components the course teaches, recognised by their pods' names and labels.</summary>
internal static class LabComponents
{
    public const string ApiServer = "kube-apiserver";
    public const string Scheduler = "kube-scheduler";
    public const string ControllerManager = "kube-controller-manager";
    public const string Etcd = "etcd";
    public const string KubeProxy = "kube-proxy";
    public const string CoreDns = "coredns";

    public static readonly string[] ControlPlane = [ApiServer, Scheduler, ControllerManager, Etcd];

    /// <summary>The DockerCoins workloads of the lab chapter, in the order the chapter creates them.</summary>
    public static readonly string[] DockerCoins = ["redis", "hasher", "rng", "webui", "worker"];

    // The pod network plugins of the kubeadm documentation, by the prefix of their pods' names.
    private static readonly string[] NetworkPlugins = ["kube-flannel", "weave-net", "calico-node", "cilium", "antrea-agent", "kube-router"];

    /// <summary>The component a system pod runs, or null when the course does not teach it.</summary>
    public static string? SystemComponent(string podName, IReadOnlyDictionary<string, string>? labels)
    {
        if (labels is not null && labels.TryGetValue("component", out var component) && ControlPlane.Contains(component))
        {
            return component;
        }

        if (labels is not null && labels.TryGetValue("k8s-app", out var app) && app is KubeProxy or "kube-dns")
        {
            return app == KubeProxy ? KubeProxy : CoreDns;
        }

        foreach (var prefix in ControlPlane.Concat([KubeProxy, CoreDns]))
        {
            if (podName.StartsWith(prefix + "-", StringComparison.Ordinal))
            {
                return prefix;
            }
        }

        return NetworkPlugin(podName);
    }

    /// <summary>The pod network plugin a pod belongs to (<c>kube-flannel</c>, <c>calico-node</c>...), whatever its namespace.</summary>
    public static string? NetworkPlugin(string podName) =>
        NetworkPlugins.FirstOrDefault(prefix => podName.StartsWith(prefix, StringComparison.Ordinal));

    public static bool IsNetworkPlugin(string component) => NetworkPlugins.Contains(component);
}
