using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Account.PersonalData;

/// <summary>
/// Deletes one's own account after checking the password. The database removes its answers, chapter progress, cohort
/// memberships and Identity rows with it (cascading foreign keys). An instructor who owns cohorts is refused: the
/// cohort's owner key is Restrict, so a class's history never disappears with its instructor's account.
/// </summary>
internal sealed class AccountDeletion(
    UserManager<CourseUser> users,
    IDbContextFactory<CourseDbContext> databases,
    ILogger<AccountDeletion> logger)
{
    /// <summary>The names of the cohorts <paramref name="userId"/> owns, which stop the account from being deleted.</summary>
    public async Task<IReadOnlyList<string>> OwnedCohortsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Cohorts.AsNoTracking().Where(c => c.OwnerId == userId).OrderBy(c => c.Name)
            .Select(c => c.Name).ToListAsync(cancellationToken);
    }

    public async Task<AccountDeletionOutcome> DeleteAsync(string userId, string? password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountDeletionOutcome.NotFound;
        }

        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return AccountDeletionOutcome.WrongPassword;
        }

        if ((await OwnedCohortsAsync(userId, cancellationToken)).Count > 0)
        {
            return AccountDeletionOutcome.OwnsCohorts;
        }

        try
        {
            var result = await users.DeleteAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Could not delete account {userId}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
            }
        }
        catch (DbUpdateException)
        {
            // A cohort created between the check and the delete makes the Restrict key refuse it; anything else is a fault.
            if ((await OwnedCohortsAsync(userId, cancellationToken)).Count > 0)
            {
                return AccountDeletionOutcome.OwnsCohorts;
            }

            throw;
        }

        AccountLog.AccountDeleted(logger, userId);
        return AccountDeletionOutcome.Deleted;
    }
}
