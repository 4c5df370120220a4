using System.Security.Claims;
using Course.Web.Components.DockerCoins;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Account;

/// <summary>
/// On a shared site thirty students must not fight over one slider: once at least one instructor is registered,
/// only instructors change the shared embedded miner, and everyone else sees it read-only. Before that (a student
/// running the site alone) anyone may. Whether an instructor exists is read at most every 2 seconds, and never again
/// once one does.
/// </summary>
internal sealed class InstructorsChangeMiner(IDbContextFactory<CourseDbContext> databases, TimeProvider time) : IMinerChangePolicy
{
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(2);

    private volatile bool _instructorExists;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async ValueTask<bool> MayChangeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        user.IsInRole(CourseRoles.Instructor) || !await InstructorExistsAsync(cancellationToken);

    private async ValueTask<bool> InstructorExistsAsync(CancellationToken cancellationToken)
    {
        if (_instructorExists || time.GetUtcNow() - _checkedAt < RecheckAfter)
        {
            return _instructorExists;
        }

        await using var context = await databases.CreateDbContextAsync(cancellationToken);
        _instructorExists = await context.UserRoles.AnyAsync(
            link => context.Roles.Any(role => role.Id == link.RoleId && role.Name == CourseRoles.Instructor), cancellationToken);
        _checkedAt = time.GetUtcNow();
        return _instructorExists;
    }
}
