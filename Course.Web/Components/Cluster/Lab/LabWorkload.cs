namespace Course.Web.Components.Cluster.Lab;

/// <summary>A DockerCoins workload: a Deployment or a DaemonSet, its replica counts and its (first) image.</summary>
public sealed record LabWorkload(string Name, string Kind, int Desired, int Ready, int Available, string Image)
{
    public const string DeploymentKind = "Deployment";
    public const string DaemonSetKind = "DaemonSet";
}
