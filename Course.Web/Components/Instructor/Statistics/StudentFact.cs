namespace Course.Web.Components.Instructor.Statistics;

/// <summary>A member of the cohort: who they are and when they joined.</summary>
public sealed record StudentFact(string UserId, string Email, string? DisplayName, DateTime JoinedAt)
{
    /// <summary>The name shown to the instructor: the display name, or the e-mail address when none was given.</summary>
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Email : DisplayName;
}
