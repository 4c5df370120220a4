namespace Course.Web.Components.Cluster;

/// <summary>Settings of the cluster view: section <c>Cluster</c>.</summary>
internal sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary><c>Auto</c> (default): direct when a kubeconfig is set or the site runs in a pod, else the demonstration.</summary>
    public ClusterSourceKind Source { get; set; } = ClusterSourceKind.Auto;

    /// <summary>The kubeconfig of a direct cluster; unset means <c>~/.kube/config</c> (outside a pod).</summary>
    public string? KubeConfig { get; set; }

    /// <summary>The kubeconfig context to use; unset means its current context.</summary>
    public string? Context { get; set; }

    /// <summary>The namespace of the DockerCoins workloads.</summary>
    public string Namespace { get; set; } = "default";

    /// <summary>True when the site runs in a pod with a service account (the variables and token kubelet provides).</summary>
    public static bool InPod =>
        Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST") is { Length: > 0 }
        && File.Exists("/var/run/secrets/kubernetes.io/serviceaccount/token");

    public ClusterSourceKind EffectiveSource => Source != ClusterSourceKind.Auto ? Source
        : !string.IsNullOrWhiteSpace(KubeConfig) || InPod ? ClusterSourceKind.Direct
        : ClusterSourceKind.Demonstration;

    /// <summary>The kubeconfig file a direct source reads, or null for the in-cluster service account.</summary>
    public string? KubeConfigPath => !string.IsNullOrWhiteSpace(KubeConfig) ? KubeConfig
        : InPod ? null
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
}
