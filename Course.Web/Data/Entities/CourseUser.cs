using Microsoft.AspNetCore.Identity;

namespace Course.Web.Data.Entities;

/// <summary>A student or instructor account (ASP.NET Core Identity user).</summary>
public sealed class CourseUser : IdentityUser
{
    public const int DisplayNameMaxLength = 80;

    /// <summary>The name shown to instructors; the e-mail address when none was given.</summary>
    public string? DisplayName { get; set; }

    public DateTime CreatedAt { get; set; }
}
