using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Course.Web.Components.Account;

/// <summary>Creates an account with one role: students from the sign-up page, the first instructor from the command line.</summary>
internal sealed class AccountCreation(UserManager<CourseUser> users, TimeProvider time, ILogger<AccountCreation> logger)
{
    /// <summary>The new account, or null with Identity's errors (in French) when it could not be created.</summary>
    public async Task<(CourseUser? User, IReadOnlyList<IdentityError> Errors)> CreateAsync(
        string email, string password, string? displayName, string role)
    {
        var user = new CourseUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.ToList());
        }

        var assigned = await users.AddToRoleAsync(user, role);
        if (!assigned.Succeeded)
        {
            // An account without its role would be half made: remove it so the same address can try again.
            await users.DeleteAsync(user);
            return (null, assigned.Errors.ToList());
        }

        AccountLog.AccountCreated(logger, user.Id, role);
        return (user, []);
    }
}
