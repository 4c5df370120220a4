namespace Course.Web.Components.Instructor.Cohorts;

/// <summary>The result of a student's attempt to join a cohort; <see cref="Message"/> is shown as is, in French.</summary>
public sealed record JoinOutcome(JoinOutcomeKind Kind, string Message, string? CohortName = null)
{
    public bool IsMember => Kind is JoinOutcomeKind.Joined or JoinOutcomeKind.AlreadyMember;
}
