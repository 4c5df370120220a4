using System.Security.Claims;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Account.PasswordReset;

/// <summary>
/// No e-mail is sent, so an instructor hands a student who forgot their password a one-time link (Identity's reset
/// token, valid 24 hours, spent when used because the password change renews the account's security stamp). Only for a
/// student of a cohort the instructor owns; never for another instructor, whose account would otherwise be taken over.
/// Everything is checked again here, on the server, whatever the page showed.
/// </summary>
internal sealed class PasswordResetLinks(
    IServiceScopeFactory scopes,
    IDbContextFactory<CourseDbContext> databases,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions,
    TimeProvider time,
    ILogger<PasswordResetLinks> logger)
{
    public async Task<PasswordResetLink> CreateAsync(ClaimsPrincipal instructor, string studentId, CancellationToken cancellationToken = default)
    {
        var instructorId = instructor.FindFirstValue(ClaimTypes.NameIdentifier);
        var refusal = await RefusalAsync(instructorId, studentId, cancellationToken);
        if (refusal is not null)
        {
            AccountLog.ResetLinkRefused(logger, instructorId, studentId, refusal);
            return PasswordResetLink.Refused(refusal);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var student = await users.FindByIdAsync(studentId);
        if (student is null)
        {
            return PasswordResetLink.Refused("Ce compte n’existe plus.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(student);
        AccountLog.ResetLinkCreated(logger, instructorId!, studentId);
        return new PasswordResetLink(
            ResetLinkCodec.Path(studentId, token),
            time.GetUtcNow().UtcDateTime + tokenOptions.Value.TokenLifespan,
            null);
    }

    private async Task<string?> RefusalAsync(string? instructorId, string studentId, CancellationToken cancellationToken)
    {
        if (instructorId is null)
        {
            return "Connectez-vous avec un compte formateur pour créer un lien de réinitialisation.";
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           where link.UserId == instructorId || link.UserId == studentId
                           select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        if (!roles.Any(r => r.UserId == instructorId && r.Name == CourseRoles.Instructor))
        {
            return "Seuls les formateurs peuvent créer un lien de réinitialisation.";
        }

        if (!await db.Users.AnyAsync(u => u.Id == studentId, cancellationToken))
        {
            return "Ce compte n’existe plus.";
        }

        if (roles.Any(r => r.UserId == studentId && r.Name == CourseRoles.Instructor))
        {
            return "Ce compte est un compte formateur : son mot de passe ne peut pas être réinitialisé par un lien.";
        }

        var inOwnCohort = await db.CohortMemberships.AnyAsync(
            m => m.UserId == studentId && m.Cohort!.OwnerId == instructorId, cancellationToken);
        return inOwnCohort ? null : "Ce compte n’est inscrit à aucune de vos cohortes : vous ne pouvez pas réinitialiser son mot de passe.";
    }
}
