namespace Course.Web.Components.Account;

/// <summary>Authorization policies; pages, endpoints and circuit handlers check these on the server.</summary>
public static class CoursePolicies
{
    /// <summary>Signed in with the <see cref="CourseRoles.Instructor"/> role.</summary>
    public const string Instructor = "Instructor";
}
