namespace Course.Web.Components.Cluster;

/// <summary>
/// The single list of Kubernetes permissions the site and the lab reporter use. The manifests under deploy/ and the
/// reporter's YAML are compared with it by tests, and docs/deployment.md lists it, so a new API call starts here.
/// </summary>
internal static class ClusterPermissions
{
    private static readonly string[] ReadVerbs = ["get", "list", "watch"];

    /// <summary>What the lab reporter may do in a student's cluster: read, nothing else.</summary>
    public static IReadOnlyList<ClusterPermission> Reporter { get; } =
    [
        new("", "nodes", ReadVerbs),
        new("", "pods", ReadVerbs),
        new("", "services", ReadVerbs),
        new("apps", "deployments", ReadVerbs),
        new("apps", "daemonsets", ReadVerbs),
    ];

    /// <summary>
    /// What the site needs when it reads a cluster directly: the reporter's reads, plus the scale subresource of
    /// deployments so an instructor can scale DockerCoins from the site.
    /// </summary>
    public static IReadOnlyList<ClusterPermission> Direct { get; } =
    [
        .. Reporter,
        new("apps", "deployments/scale", ["get", "patch", "update"]),
    ];
}
