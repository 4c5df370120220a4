namespace Course.Web.Data.Entities;

/// <summary>
/// The latest lab state a student's reporter pushed: one row per student, shared by every replica on the database,
/// so an instructor sees the lab whichever replica the reporter reaches.
/// </summary>
public sealed class ReportedLabRecord
{
    public required string UserId { get; set; }

    public CourseUser? User { get; set; }

    /// <summary>The last snapshot as the reporter sent it (JSON); null until the first one (only heartbeats so far).</summary>
    public string? SnapshotJson { get; set; }

    /// <summary>When the last snapshot arrived; other replicas reload the JSON only when this moves.</summary>
    public DateTime? SnapshotReceivedAt { get; set; }

    /// <summary>The last push or heartbeat: what the "stale" and "disconnected" marks are computed from.</summary>
    public DateTime LastContactAt { get; set; }
}
