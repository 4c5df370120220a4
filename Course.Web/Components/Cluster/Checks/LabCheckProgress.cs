using System.Collections.Concurrent;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Cluster.Checks;

/// <summary>
/// The lab checks each student has passed on their own cluster, kept in their progress (one row per student and
/// check, with the first time it passed). Recorded from each reporter push (in the push's own commit, see
/// <see cref="Reporter.LabPushRecorder"/>) and from "Vérifier mon cluster"; a check passed once stays passed, as a
/// chapter read once stays read.
/// </summary>
internal sealed class LabCheckProgress(IDbContextFactory<CourseDbContext> contexts, TimeProvider time)
{
    // Check ids known to be stored per student: a push whose passed checks are all known writes nothing.
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _recorded = new();

    /// <summary>Stores the passed checks among <paramref name="results"/> not stored yet; returns how many were new.</summary>
    public async Task<int> RecordAsync(string userId, IEnumerable<LabCheckResult> results, CancellationToken cancellationToken = default)
    {
        var rows = NotRecorded(userId, results, time.GetUtcNow().UtcDateTime);
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var added = await LabCheckPassRows.InsertNewAsync(context, rows, cancellationToken);
        Remember(userId, rows);
        return added;
    }

    /// <summary>
    /// The rows to store for the passed checks among <paramref name="results"/> not known to be stored (no read: the
    /// insert skips those already there).
    /// </summary>
    public IReadOnlyList<LabCheckPassRecord> NotRecorded(string userId, IEnumerable<LabCheckResult> results, DateTime passedAt)
    {
        var known = _recorded.GetValueOrDefault(userId);
        return results.Where(r => r.Outcome.Passed && known?.Contains(r.Check.Id) != true)
            .DistinctBy(r => r.Check.Id)
            .Select(r => new LabCheckPassRecord { UserId = userId, CheckId = r.Check.Id, ChapterSlug = r.Chapter.Slug, PassedAt = passedAt })
            .ToList();
    }

    /// <summary>Notes <paramref name="stored"/> as committed: later pushes passing the same checks write nothing.</summary>
    public void Remember(string userId, IReadOnlyList<LabCheckPassRecord> stored)
    {
        if (stored.Count == 0)
        {
            return;
        }

        // Replaced, never changed once published: readers on other threads see a whole set.
        _recorded.AddOrUpdate(userId,
            _ => stored.Select(r => r.CheckId).ToHashSet(StringComparer.Ordinal),
            (_, known) => known.Concat(stored.Select(r => r.CheckId)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The student's passed checks: check id → when it first passed (UTC).</summary>
    public async Task<IReadOnlyDictionary<string, DateTime>> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.LabCheckPasses.AsNoTracking().Where(p => p.UserId == userId)
            .ToDictionaryAsync(p => p.CheckId, p => p.PassedAt, StringComparer.Ordinal, cancellationToken);
    }
}
