using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.DockerCoins.Students;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// One push of a reporter: a new snapshot, or a heartbeat (no snapshot) when nothing changed; with, when it has any,
/// the student's own DockerCoins measurements since the previous push.
/// </summary>
public sealed record LabReport(LabSnapshot? Snapshot, DockerCoinsReport? DockerCoins = null);
