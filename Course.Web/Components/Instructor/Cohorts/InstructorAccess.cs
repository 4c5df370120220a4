using System.Security.Claims;
using Course.Web.Components.Account;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Instructor.Cohorts;

/// <summary>
/// The server-side checks behind every instructor action, re-run on each call (circuit handlers included): the
/// role is read from the database, not only from the circuit's claims, so a removed role stops working at once.
/// </summary>
public sealed class InstructorAccess(IDbContextFactory<CourseDbContext> contexts)
{
    public static string? UserId(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The user's id when they are signed in and hold the instructor role now, else null.</summary>
    public async Task<string?> InstructorIdAsync(ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        var userId = UserId(user);
        if (userId is null || user?.IsInRole(CourseRoles.Instructor) != true)
        {
            return null;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var isInstructor = await context.UserRoles
            .AnyAsync(ur => ur.UserId == userId && context.Roles.Any(r => r.Id == ur.RoleId && r.Name == CourseRoles.Instructor), cancellationToken);
        return isInstructor ? userId : null;
    }

    /// <summary>True when <paramref name="user"/> is an instructor now and owns cohort <paramref name="cohortId"/>.</summary>
    public async Task<bool> OwnsAsync(ClaimsPrincipal? user, int cohortId, CancellationToken cancellationToken = default)
    {
        var instructorId = await InstructorIdAsync(user, cancellationToken);
        if (instructorId is null)
        {
            return false;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Cohorts.AnyAsync(c => c.Id == cohortId && c.OwnerId == instructorId, cancellationToken);
    }
}
