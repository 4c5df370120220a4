namespace Course.Web.Data.Entities;

/// <summary>
/// One DockerCoins push of a student's lab reporter, kept for the length of the dashboard's history: every replica
/// applies every push, in order, whichever replica the reporter reached, so they all show the same hash rate.
/// </summary>
public sealed class ReportedDockerCoinsPushRecord
{
    /// <summary>Increasing: a student's pushes are applied in this order (their reporter sends one at a time).</summary>
    public long Id { get; set; }

    public required string UserId { get; set; }

    public CourseUser? User { get; set; }

    /// <summary>When the site received it (the receiving replica's clock): the student's last contact.</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>The counters and probe results as the reporter sent them (JSON, already validated).</summary>
    public required string ReportJson { get; set; }
}
