using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Cluster;

/// <summary>The students whose labs an instructor sees: the members of the cohorts they own, by e-mail.</summary>
internal sealed class LabRoster(IDbContextFactory<CourseDbContext> contexts)
{
    public async Task<IReadOnlyList<(string UserId, string Email)>> StudentsAsync(string instructorId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var students = await context.CohortMemberships
            .Where(m => context.Cohorts.Any(c => c.Id == m.CohortId && c.OwnerId == instructorId && c.ArchivedAt == null))
            .Join(context.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email })
            .Distinct()
            .ToListAsync(cancellationToken);
        return students.Select(s => (s.Id, s.Email ?? s.Id)).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList();
    }
}
