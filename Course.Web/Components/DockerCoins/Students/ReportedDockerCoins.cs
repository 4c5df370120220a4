using System.Collections.Concurrent;
using System.Text.Json;
using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Reporter;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// Each student's own DockerCoins, as their lab reporter pushes it. Each push is written to the database first (one
/// row per push, <see cref="ReportedDockerCoinsPushRecord"/>, kept for the dashboard's history), then applied here and
/// announced to the other replicas (<see cref="ReportedDockerCoinsSync"/>), which apply it too. Every replica applies a
/// student's pushes in the order they were stored, so all of them compute the same hash rate whichever replica the
/// reporter reaches, and a replica that starts later loads the history.
/// </summary>
internal sealed class ReportedDockerCoins(
    IDbContextFactory<CourseDbContext> contexts,
    TimeProvider time,
    IOptions<DockerCoinsOptions> options,
    ILogger<ReportedDockerCoins> logger)
{
    /// <summary>How long pushes are kept: the dashboard's history.</summary>
    public static readonly TimeSpan Kept = HashRateMonitor.HistoryLength;

    private readonly ConcurrentDictionary<string, Student> _students = new();
    private Action<ReportedDockerCoinsChange>? _relay;

    public StudentDockerCoins? Find(string userId) => _students.GetValueOrDefault(userId)?.DockerCoins;

    /// <summary>The student's DockerCoins while their reporter keeps pushing it, else null (the page shows the site's own).</summary>
    public StudentDockerCoins? Connected(string? userId) =>
        userId is not null && Find(userId) is { } student && time.GetUtcNow() - student.LastContact <= LabFreshness.StaleAfter
            ? student
            : null;

    /// <summary>Stores a validated push, then applies it after any earlier push another replica stored.</summary>
    public async Task AcceptAsync(string userId, DockerCoinsReport report, CancellationToken cancellationToken = default)
    {
        // Millisecond precision: the value survives a round trip through either database unchanged.
        var now = time.GetUtcNow().UtcDateTime;
        var receivedAt = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        var record = new ReportedDockerCoinsPushRecord
        {
            UserId = userId, ReceivedAt = receivedAt, ReportJson = JsonSerializer.Serialize(report, LabReporterEndpoints.Json),
        };
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            context.ReportedDockerCoinsPushes.Add(record);
            await context.SaveChangesAsync(cancellationToken);
        }

        var student = StudentOf(userId);
        await student.Turn.WaitAsync(cancellationToken);
        try
        {
            // The previous push may have reached another replica whose announcement is still on its way.
            await CatchUpLockedAsync(userId, student, record.Id, cancellationToken);
            Apply(student, record.Id, report, receivedAt);
        }
        finally
        {
            student.Turn.Release();
        }

        if (Volatile.Read(ref _relay) is { } relay)
        {
            relay(new ReportedDockerCoinsChange(userId, record.Id));
        }
    }

    /// <summary>Applies the student's stored pushes not applied here yet: another replica announced one.</summary>
    public async Task CatchUpAsync(string userId, CancellationToken cancellationToken = default)
    {
        var student = StudentOf(userId);
        await student.Turn.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(userId, student, null, cancellationToken);
        }
        finally
        {
            student.Turn.Release();
        }
    }

    /// <summary>
    /// Catches up every student with stored pushes not applied here (at start-up this loads the history; later it
    /// covers an announcement lost while a connection was down), then drops the pushes older than <see cref="Kept"/>.
    /// </summary>
    public async Task ResyncAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - Kept;
        List<(string UserId, long LastId)> latest;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await context.ReportedDockerCoinsPushes.Where(p => p.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
            latest = (await context.ReportedDockerCoinsPushes.GroupBy(p => p.UserId)
                .Select(g => new { UserId = g.Key, LastId = g.Max(p => p.Id) })
                .ToListAsync(cancellationToken)).Select(r => (r.UserId, r.LastId)).ToList();
        }

        foreach (var (userId, lastId) in latest)
        {
            if (_students.GetValueOrDefault(userId) is not { } known || Volatile.Read(ref known.LastPushId) < lastId)
            {
                await CatchUpAsync(userId, cancellationToken);
            }
        }
    }

    /// <summary>Sets the one relay that tells other replicas about this instance's pushes. Dispose the result to stop.</summary>
    internal IDisposable SetRelay(Action<ReportedDockerCoinsChange> relay)
    {
        if (Interlocked.CompareExchange(ref _relay, relay, null) is not null)
        {
            throw new InvalidOperationException("A DockerCoins relay is already set.");
        }

        return new Unsubscriber(() => Interlocked.CompareExchange(ref _relay, null, relay));
    }

    private async Task CatchUpLockedAsync(string userId, Student student, long? before, CancellationToken cancellationToken)
    {
        var after = student.LastPushId;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var pushes = await context.ReportedDockerCoinsPushes.AsNoTracking()
            .Where(p => p.UserId == userId && p.Id > after && (before == null || p.Id < before))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.ReceivedAt, p.ReportJson })
            .ToListAsync(cancellationToken);
        foreach (var push in pushes)
        {
            if (Read(push.ReportJson) is { } report)
            {
                Apply(student, push.Id, report, push.ReceivedAt);
            }
        }
    }

    private Student StudentOf(string userId) => _students.GetOrAdd(userId, _ => new Student(new StudentDockerCoins(options.Value, logger)));

    private static void Apply(Student student, long pushId, DockerCoinsReport report, DateTime receivedAt)
    {
        if (pushId <= student.LastPushId)
        {
            return;
        }

        Volatile.Write(ref student.LastPushId, pushId);
        student.DockerCoins.Accept(report, new DateTimeOffset(receivedAt, TimeSpan.Zero));
    }

    private DockerCoinsReport? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<DockerCoinsReport>(json, LabReporterEndpoints.Json);
        }
        catch (JsonException exception)
        {
            logger.StoredDockerCoinsUnreadable(exception);
            return null;
        }
    }

    /// <summary>One student: their feeds, the last push applied, and a turn so pushes apply one at a time, in order.</summary>
    private sealed class Student(StudentDockerCoins dockerCoins)
    {
        public long LastPushId;

        public StudentDockerCoins DockerCoins { get; } = dockerCoins;

        public SemaphoreSlim Turn { get; } = new(1, 1);
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
