using System.Collections.Concurrent;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Cluster.Checks;

/// <summary>
/// The lab checks each student has passed on their own cluster, kept in their progress (one row per student and
/// check, with the first time it passed). Recorded from each reporter push and from "Vérifier mon cluster"; a
/// check passed once stays passed, as a chapter read once stays read.
/// </summary>
internal sealed class LabCheckProgress(IDbContextFactory<CourseDbContext> contexts, TimeProvider time)
{
    // Check ids already stored per student: a push whose passed checks are all known costs no query.
    private readonly ConcurrentDictionary<string, HashSet<string>> _recorded = new();

    /// <summary>Stores the passed checks among <paramref name="results"/> not stored yet; returns how many were new.</summary>
    public async Task<int> RecordAsync(string userId, IEnumerable<LabCheckResult> results, CancellationToken cancellationToken = default)
    {
        var passed = results.Where(r => r.Outcome.Passed).ToList();
        var known = _recorded.GetValueOrDefault(userId);
        if (known is not null && passed.All(r => known.Contains(r.Check.Id)))
        {
            return 0;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = (await context.LabCheckPasses.Where(p => p.UserId == userId).Select(p => p.CheckId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var added = passed.Where(r => stored.Add(r.Check.Id)).ToList();
        foreach (var result in added)
        {
            context.LabCheckPasses.Add(new LabCheckPassRecord { UserId = userId, CheckId = result.Check.Id, ChapterSlug = result.Chapter.Slug, PassedAt = now });
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (AnswerRecorder.IsUniqueViolation(exception))
        {
            // Another push or tab recorded them at the same moment: they are stored either way; read again next time.
            _recorded.TryRemove(userId, out _);
            return 0;
        }

        // Replaced, never changed once published: readers on other threads see a whole set.
        _recorded[userId] = stored;

        return added.Count;
    }

    /// <summary>The student's passed checks: check id → when it first passed (UTC).</summary>
    public async Task<IReadOnlyDictionary<string, DateTime>> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.LabCheckPasses.AsNoTracking().Where(p => p.UserId == userId)
            .ToDictionaryAsync(p => p.CheckId, p => p.PassedAt, StringComparer.Ordinal, cancellationToken);
    }
}
