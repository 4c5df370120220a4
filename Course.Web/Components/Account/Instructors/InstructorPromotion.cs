using Course.Web.Components.Account.Forms;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Course.Web.Components.Account.Instructors;

/// <summary>
/// Gives an existing account the <see cref="CourseRoles.Instructor"/> role (from the instructors page or the
/// add-instructor command). The role reaches a signed-in account's cookie at its next sign-in, or within 30 minutes when
/// Identity refreshes the cookie.
/// </summary>
internal sealed class InstructorPromotion(UserManager<CourseUser> users, ILogger<InstructorPromotion> logger)
{
    /// <summary>Every instructor, by e-mail address.</summary>
    public async Task<IReadOnlyList<CourseUser>> InstructorsAsync() =>
        (await users.GetUsersInRoleAsync(CourseRoles.Instructor)).OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Promotes the account of <paramref name="email"/>; the outcome says what happened, in French.</summary>
    public async Task<(InstructorPromotionOutcome Outcome, string Message)> PromoteAsync(string? email, string promotedBy)
    {
        email = EmailAddress.Normalize(email);
        if (EmailAddress.Problem(email) is { } problem)
        {
            return (InstructorPromotionOutcome.InvalidEmail, problem);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return (InstructorPromotionOutcome.UnknownAccount,
                $"Aucun compte n’utilise l’adresse {email}. La personne doit d’abord créer son compte (« Créer un compte »), puis vous pourrez la nommer formatrice ou formateur.");
        }

        if (await users.IsInRoleAsync(user, CourseRoles.Instructor))
        {
            return (InstructorPromotionOutcome.AlreadyInstructor, $"{user.Email} est déjà formateur : rien n’a changé.");
        }

        var result = await users.AddToRoleAsync(user, CourseRoles.Instructor);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not promote {user.Id}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }

        AccountLog.PromotedToInstructor(logger, user.Id, promotedBy);
        return (InstructorPromotionOutcome.Promoted,
            $"{user.Email} est maintenant formateur. Le rôle s’applique à sa prochaine connexion (au plus tard dans 30 minutes s’il est connecté).");
    }
}
