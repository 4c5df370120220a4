namespace Course.Web.Data.Entities;

/// <summary>A student's place in a cohort; a student may be in several cohorts.</summary>
public sealed class CohortMembership
{
    public int CohortId { get; set; }

    public Cohort? Cohort { get; set; }

    public required string UserId { get; set; }

    public CourseUser? User { get; set; }

    public DateTime JoinedAt { get; set; }
}
