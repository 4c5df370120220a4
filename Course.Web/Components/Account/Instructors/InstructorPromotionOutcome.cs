namespace Course.Web.Components.Account.Instructors;

/// <summary>What a request to promote an account to instructor did.</summary>
internal enum InstructorPromotionOutcome
{
    Promoted,
    AlreadyInstructor,
    UnknownAccount,
    InvalidEmail,
}
