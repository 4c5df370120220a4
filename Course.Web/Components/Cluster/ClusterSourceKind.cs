namespace Course.Web.Components.Cluster;

internal enum ClusterSourceKind
{
    Auto,
    Demonstration,
    Direct,
}
