namespace Course.Web.Components.Cluster.Lab;

/// <summary>Where a lab's snapshots come from.</summary>
public enum LabOrigin
{
    /// <summary>The simulated cluster the site runs when no cluster is configured.</summary>
    Demonstration,

    /// <summary>A cluster the site reads itself (kubeconfig or in-cluster service account).</summary>
    Direct,

    /// <summary>A student's cluster, pushed by the lab reporter running in it.</summary>
    Reporter,
}
