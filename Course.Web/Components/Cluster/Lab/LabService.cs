namespace Course.Web.Components.Cluster.Lab;

/// <summary>A service of the DockerCoins namespace: its type and ports as <c>kubectl get services</c> shows them (<c>80:30080/TCP</c>).</summary>
public sealed record LabService(string Name, string Type, string Ports);
