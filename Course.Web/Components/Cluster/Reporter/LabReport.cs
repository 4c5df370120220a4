using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>One push of a reporter: a new snapshot, or a heartbeat (no snapshot) when nothing changed.</summary>
public sealed record LabReport(LabSnapshot? Snapshot);
