using Course.Web.Data.Entities;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>A validated reporter push waiting for the next commit, and the request waiting for it.</summary>
internal sealed class PendingLabPush(
    string userId, string email, LabReport report, string? snapshotJson, bool touchesLab, IReadOnlyList<LabCheckPassRecord> newPasses)
{
    public string UserId { get; } = userId;

    public string Email { get; } = email;

    public LabReport Report { get; } = report;

    /// <summary>The snapshot as stored (serialized by the request, not by the lane's writer); null for a heartbeat.</summary>
    public string? SnapshotJson { get; } = snapshotJson;

    /// <summary>False for a DockerCoins-only push shortly after another contact: the lab's row is left alone.</summary>
    public bool TouchesLab { get; } = touchesLab;

    /// <summary>The passed checks not known to be stored yet.</summary>
    public IReadOnlyList<LabCheckPassRecord> NewPasses { get; } = newPasses;

    /// <summary>Set by the commit: the DockerCoins row, with its id once committed.</summary>
    public ReportedDockerCoinsPushRecord? DockerCoinsRow { get; set; }

    /// <summary>Set by the commit: the lab's stored last contact (and snapshot time).</summary>
    public DateTime StoredAt { get; set; }

    /// <summary>Set by the commit: false when a later push of the same student in the same batch stored its snapshot instead.</summary>
    public bool SnapshotStored { get; set; }

    /// <summary>Completes once the push is committed and shown; fails when it could not be stored.</summary>
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
