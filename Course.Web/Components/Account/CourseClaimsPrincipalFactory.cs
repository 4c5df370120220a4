using System.Security.Claims;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Account;

/// <summary>Adds the display name to the sign-in cookie so the app bar can show it without a database query.</summary>
internal sealed class CourseClaimsPrincipalFactory(
    UserManager<CourseUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<CourseUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CourseUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(AccountClaims.DisplayName, user.DisplayName));
        }

        return identity;
    }
}
