using System.Security.Claims;

namespace Course.Web.Components.Account;

/// <summary>The course's own claim in the sign-in cookie, and how the app bar names the signed-in person.</summary>
public static class AccountClaims
{
    /// <summary>The display name chosen at sign-up; absent when none was given.</summary>
    public const string DisplayName = "course:display_name";

    /// <summary>The display name when there is one, else the e-mail address (the user name).</summary>
    public static string DisplayNameOrEmail(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";
}
