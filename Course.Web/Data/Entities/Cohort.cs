namespace Course.Web.Data.Entities;

/// <summary>A class of students followed by the instructor who owns it; students join with its code.</summary>
public sealed class Cohort
{
    public const int NameMaxLength = 80;
    public const int JoinCodeMaxLength = 8;

    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>6-8 characters from an alphabet without ambiguous letters; unique among all cohorts.</summary>
    public required string JoinCode { get; set; }

    public required string OwnerId { get; set; }

    public CourseUser? Owner { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the owner archives the cohort: its code no longer lets anyone join.</summary>
    public DateTime? ArchivedAt { get; set; }

    /// <summary>A student is at risk when their first-try score is below this (0-1) after <see cref="AtRiskMinAnswers"/> answers.</summary>
    public double AtRiskScoreBelow { get; set; } = 0.5;

    public int AtRiskMinAnswers { get; set; } = 5;

    /// <summary>A student is at risk when idle this long while the rest of the cohort is active.</summary>
    public int AtRiskIdleMinutes { get; set; } = 30;

    public List<CohortMembership> Members { get; set; } = [];
}
