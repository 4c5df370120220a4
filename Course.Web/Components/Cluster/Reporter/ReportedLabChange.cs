namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// What one replica tells the others after storing a push: whose lab, the contact time, and when its snapshot last
/// changed (null for a heartbeat), so a heartbeat costs the others no database read.
/// </summary>
internal sealed record ReportedLabChange(string UserId, DateTime LastContactAt, DateTime? SnapshotReceivedAt);
