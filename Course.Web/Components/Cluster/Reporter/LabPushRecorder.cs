using System.Text.Json;
using Course.Web.Components.Cluster.Checks;
using Course.Web.Components.DockerCoins.Students;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// Commits the reporters' validated pushes, then shows them: the DockerCoins measurements
/// (<see cref="ReportedDockerCoins"/>), the lab's row (<see cref="ReportedLabs"/>) and the newly passed checks
/// (<see cref="LabCheckProgress"/>), in that order, and only once committed. A push is acknowledged only then.
/// </summary>
/// <remarks>
/// Pushes are group-committed (<see cref="BatchLane{T}"/>, as the quiz answers are): everything queued while a commit
/// is under way goes in the next transaction, one statement per table (the lab rows as one upsert,
/// <see cref="ReportedLabRows"/>; the passes as one insert that skips those stored, <see cref="LabCheckPassRows"/>). A
/// class's reporters starting in the same second therefore cost a few commits, not 200 transactions queueing for
/// SQLite's one writer while their requests' bodies and the reporters' timeouts run out. Each replica has its own
/// lane; the upsert makes two replicas storing one student's pushes at once no error.
/// </remarks>
internal sealed class LabPushRecorder
{
    private readonly IDbContextFactory<CourseDbContext> _contexts;
    private readonly ReportedLabs _labs;
    private readonly ReportedDockerCoins _dockerCoins;
    private readonly LabCheckProgress _progress;
    private readonly TimeProvider _time;
    private readonly ILogger<LabPushRecorder> _logger;
    private readonly BatchLane<PendingLabPush> _lane;

    public LabPushRecorder(
        IDbContextFactory<CourseDbContext> contexts, ReportedLabs labs, ReportedDockerCoins dockerCoins, LabCheckProgress progress,
        TimeProvider time, IOptions<DatabaseOptions> database, ILogger<LabPushRecorder> logger)
    {
        (_contexts, _labs, _dockerCoins, _progress, _time, _logger) = (contexts, labs, dockerCoins, progress, time, logger);
        _lane = new BatchLane<PendingLabPush>(CommitAsync, database.Value.AnswerGatherDelay);
    }

    /// <summary>
    /// Stores <paramref name="report"/> (with the passed checks among <paramref name="checks"/>) for the student and
    /// returns once it is committed and shown. Throws when it could not be stored: the push must then not be
    /// acknowledged. Cancelling stops the wait, not the commit.
    /// </summary>
    public Task RecordAsync(string userId, string email, LabReport report, IReadOnlyList<LabCheckResult> checks, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        // A DockerCoins push every 2 s is also a sign of life; recording one at most every 10 s spares the database.
        var dockerCoinsOnly = report.Snapshot is null && report.DockerCoins is not null
            && _labs.Find(userId)?.Feed.Current.LastContact is { } contact && now - contact < TimeSpan.FromSeconds(10);
        var json = report.Snapshot is null ? null : JsonSerializer.Serialize(report.Snapshot, LabReporterEndpoints.Json);
        var pending = new PendingLabPush(userId, email, report, json, !dockerCoinsOnly, _progress.NotRecorded(userId, checks, now.UtcDateTime));
        _lane.Enqueue(pending);
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task CommitAsync(IReadOnlyList<PendingLabPush> batch)
    {
        try
        {
            await WriteAsync(batch);
        }
        catch (DbUpdateException exception) when (batch.Count > 1 && IsRefusal(exception))
        {
            // One refused push (an account deleted while its push waited) must not refuse its classmates': each half
            // again, until the refused one is alone (a few commits for a class's batch, not one per push).
            await CommitAsync(batch.Take(batch.Count / 2).ToList());
            await CommitAsync(batch.Skip(batch.Count / 2).ToList());
            return;
        }
        catch (Exception exception)
        {
            _logger.PushesNotStored(batch.Count, exception);
            foreach (var item in batch)
            {
                item.Done.TrySetException(exception);
            }

            return;
        }

        // Not awaited: a DockerCoins catch-up read must not hold the lane. Each push's effects keep their order.
        foreach (var item in batch)
        {
            _ = ShowAsync(item);
        }
    }

    private async Task WriteAsync(IReadOnlyList<PendingLabPush> batch)
    {
        // Millisecond precision: the value survives a round trip through either database unchanged.
        var clock = _time.GetUtcNow().UtcDateTime;
        var now = new DateTime(clock.Ticks - clock.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        var labRows = new Dictionary<string, (ReportedLabRecord Row, PendingLabPush? SnapshotOf)>(StringComparer.Ordinal);
        var dockerCoinsRows = new List<ReportedDockerCoinsPushRecord>();
        foreach (var item in batch)
        {
            item.StoredAt = now;
            item.SnapshotStored = false;
            item.DockerCoinsRow = item.Report.DockerCoins is { } measurements ? ReportedDockerCoins.NewPush(item.UserId, measurements, now) : null;
            if (item.DockerCoinsRow is { } dockerCoinsRow)
            {
                dockerCoinsRows.Add(dockerCoinsRow);
            }

            if (!item.TouchesLab)
            {
                continue;
            }

            // One row per student and statement: a student's later push in the batch carries the stored snapshot.
            var (row, snapshotOf) = labRows.GetValueOrDefault(item.UserId, (new ReportedLabRecord { UserId = item.UserId, LastContactAt = now }, null));
            if (item.SnapshotJson is not null)
            {
                (row.SnapshotJson, row.SnapshotReceivedAt) = (item.SnapshotJson, now);
                snapshotOf = item;
            }

            labRows[item.UserId] = (row, snapshotOf);
        }

        await using var context = await _contexts.CreateDbContextAsync();
        await using var transaction = await context.Database.BeginTransactionAsync();
        if (dockerCoinsRows.Count > 0)
        {
            context.ReportedDockerCoinsPushes.AddRange(dockerCoinsRows);
            await context.SaveChangesAsync();
        }

        await ReportedLabRows.UpsertAsync(context, labRows.Values.Select(l => l.Row).ToList(), CancellationToken.None);
        var passes = batch.SelectMany(i => i.NewPasses).DistinctBy(p => (p.UserId, p.CheckId)).ToList();
        await LabCheckPassRows.InsertNewAsync(context, passes, CancellationToken.None);
        await transaction.CommitAsync();
        foreach (var (_, snapshotOf) in labRows.Values)
        {
            if (snapshotOf is not null)
            {
                snapshotOf.SnapshotStored = true;
            }
        }
    }

    private async Task ShowAsync(PendingLabPush item)
    {
        try
        {
            // DockerCoins first: the lab's change notification then finds the instructor's grid its new hash rate.
            if (item.DockerCoinsRow is { } dockerCoinsRow)
            {
                await _dockerCoins.ApplyStoredAsync(dockerCoinsRow, item.Report.DockerCoins!);
            }

            if (item.TouchesLab)
            {
                _labs.ApplyStored(item.UserId, item.Email, item.SnapshotStored ? item.Report.Snapshot : null, item.StoredAt);
            }

            _progress.Remember(item.UserId, item.NewPasses);
            item.Done.TrySetResult();
        }
        catch (Exception exception)
        {
            item.Done.TrySetException(exception);
        }
    }

    /// <summary>True when the database refused a row (a constraint), as opposed to being unreachable or busy.</summary>
    private static bool IsRefusal(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        PostgresException postgres => postgres.SqlState.StartsWith("23", StringComparison.Ordinal),
        _ => false,
    };
}
