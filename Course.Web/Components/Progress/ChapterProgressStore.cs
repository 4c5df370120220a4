using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Progress;

/// <summary>Signed-in students' chapter visits and reading, one row per student and chapter; events after the commit.</summary>
internal sealed class ChapterProgressStore(IDbContextFactory<CourseDbContext> contexts, LearningEventHub events, TimeProvider time)
{
    /// <summary>The student's rows, by chapter slug.</summary>
    public async Task<Dictionary<string, ChapterProgressRecord>> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.ChapterProgress.AsNoTracking()
            .Where(p => p.UserId == userId)
            .ToDictionaryAsync(p => p.ChapterSlug, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Records a visit now (first and last visit) and returns its time.</summary>
    public async Task<DateTime> RecordVisitAsync(string userId, string chapterSlug, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var row = context.ChapterProgress.Where(p => p.UserId == userId && p.ChapterSlug == chapterSlug);
            if (await row.ExecuteUpdateAsync(s => s.SetProperty(p => p.LastVisitedAt, now), cancellationToken) == 0)
            {
                context.ChapterProgress.Add(new ChapterProgressRecord
                {
                    UserId = userId, ChapterSlug = chapterSlug, FirstVisitedAt = now, LastVisitedAt = now,
                });
                try
                {
                    await context.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException exception) when (AnswerRecorder.IsUniqueViolation(exception))
                {
                    // Another tab inserted the row first: its first visit stands; this one is the last.
                    await row.ExecuteUpdateAsync(s => s.SetProperty(p => p.LastVisitedAt, now), cancellationToken);
                }
            }
        }

        events.Publish(new LearningEvent(LearningEventKind.ChapterVisited, userId, chapterSlug, null, now));
        return now;
    }

    /// <summary>
    /// Marks the chapter read. Returns false, changing nothing, when it was already read (it keeps its first reading time).
    /// </summary>
    public async Task<bool> MarkReadAsync(string userId, string chapterSlug, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        for (var race = 1; ; race++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var row = context.ChapterProgress.Where(p => p.UserId == userId && p.ChapterSlug == chapterSlug);
            var newlyRead = await row.Where(p => p.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReadAt, now).SetProperty(p => p.LastVisitedAt, now), cancellationToken) > 0;
            if (!newlyRead && await row.AnyAsync(cancellationToken))
            {
                return false;
            }

            if (!newlyRead)
            {
                context.ChapterProgress.Add(new ChapterProgressRecord
                {
                    UserId = userId, ChapterSlug = chapterSlug, FirstVisitedAt = now, LastVisitedAt = now, ReadAt = now,
                });
                try
                {
                    await context.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException exception) when (race == 1 && AnswerRecorder.IsUniqueViolation(exception))
                {
                    // Another tab recorded a visit meanwhile: mark that row read instead.
                    continue;
                }
            }

            events.Publish(new LearningEvent(LearningEventKind.ChapterRead, userId, chapterSlug, null, now));
            return true;
        }
    }
}
