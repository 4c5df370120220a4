namespace Course.Web.Components.Instructor.Cohorts;

public enum JoinOutcomeKind
{
    Joined,
    AlreadyMember,
    Malformed,
    Unknown,
    Archived,
    NotSignedIn,
}
