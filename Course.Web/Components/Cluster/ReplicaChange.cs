namespace Course.Web.Components.Cluster;

/// <summary>A change of a DockerCoins workload's desired replicas seen on the site's cluster (« worker : 2 → 10 »).</summary>
public sealed record ReplicaChange(DateTimeOffset At, string Workload, int From, int To)
{
    public string Text => $"{Workload} : {From} → {To}";
}
