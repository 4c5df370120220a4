using System.Security.Claims;

namespace Course.Web.Components.Progress;

/// <summary>Reads the signed-in student's account id from the circuit's authentication state, never from a parameter.</summary>
internal static class SignedInStudent
{
    /// <summary>The account id (the NameIdentifier claim), or null for an anonymous visitor.</summary>
    public static string? UserIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
