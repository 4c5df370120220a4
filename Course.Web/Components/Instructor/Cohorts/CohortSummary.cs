namespace Course.Web.Components.Instructor.Cohorts;

/// <summary>One line of an instructor's list of cohorts.</summary>
public sealed record CohortSummary(
    int Id, string Name, string JoinCode, DateOnly? StartsOn, DateOnly? EndsOn, DateTime CreatedAt, DateTime? ArchivedAt, int MemberCount)
{
    public bool IsArchived => ArchivedAt is not null;
}
