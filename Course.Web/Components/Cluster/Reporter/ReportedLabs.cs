using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// The latest lab state pushed by each student's reporter. Each push is written to the database first (one row per
/// student, <see cref="ReportedLabRecord"/>), then shown here and announced to the other replicas
/// (<see cref="ReportedLabsSync"/>), which reload it: whichever replica a reporter reaches, every replica shows the
/// same lab with the same last contact, so the stale marks agree. Views subscribe to one student's lab; the
/// instructor's grid subscribes to every change.
/// </summary>
internal sealed class ReportedLabs(IDbContextFactory<CourseDbContext> contexts, TimeProvider time, ILogger<ReportedLabs> logger)
{
    private readonly ConcurrentDictionary<string, ReportedLab> _labs = new();
    private readonly ConcurrentDictionary<string, DateTime?> _snapshotReceivedAt = new();
    private readonly Lock _gate = new();
    private ImmutableArray<Func<Task>> _watchers = [];
    private ImmutableDictionary<string, ImmutableArray<Func<Task>>> _arrivalWatchers = ImmutableDictionary<string, ImmutableArray<Func<Task>>>.Empty;
    private Action<ReportedLabChange>? _relay;

    public IReadOnlyCollection<ReportedLab> All => _labs.Values.ToList();

    public ReportedLab? Find(string userId) => _labs.GetValueOrDefault(userId);

    /// <summary>Records a push (a snapshot, or a heartbeat when <paramref name="snapshot"/> is null), durably, then shows it.</summary>
    public async Task AcceptAsync(string userId, string email, LabSnapshot? snapshot, CancellationToken cancellationToken = default)
    {
        // Millisecond precision: the value survives a round trip through either database unchanged.
        var now = Truncate(time.GetUtcNow().UtcDateTime);
        var json = snapshot is null ? null : JsonSerializer.Serialize(snapshot, LabReporterEndpoints.Json);
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var row = context.ReportedLabs.Where(l => l.UserId == userId);
            Task<int> UpdateAsync() => json is null
                ? row.ExecuteUpdateAsync(s => s.SetProperty(l => l.LastContactAt, now), cancellationToken)
                : row.ExecuteUpdateAsync(s => s.SetProperty(l => l.LastContactAt, now)
                    .SetProperty(l => l.SnapshotJson, json).SetProperty(l => l.SnapshotReceivedAt, now), cancellationToken);
            if (await UpdateAsync() == 0)
            {
                context.ReportedLabs.Add(new ReportedLabRecord
                {
                    UserId = userId, SnapshotJson = json, SnapshotReceivedAt = json is null ? null : now, LastContactAt = now,
                });
                try
                {
                    await context.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException exception) when (AnswerRecorder.IsUniqueViolation(exception))
                {
                    // Another replica inserted the row first: this push is the newer one.
                    await UpdateAsync();
                }
            }
        }

        Apply(userId, email, snapshot, snapshot is null ? null : now, now);
        if (Volatile.Read(ref _relay) is { } relay)
        {
            relay(new ReportedLabChange(userId, now, snapshot is null ? null : now));
        }
    }

    /// <summary>Applies a change another replica stored: the contact time at once, the snapshot reloaded only when it moved.</summary>
    public Task ApplyFromOtherInstanceAsync(ReportedLabChange change, CancellationToken cancellationToken = default)
    {
        var snapshotMoved = change.SnapshotReceivedAt is { } at && _snapshotReceivedAt.GetValueOrDefault(change.UserId) != at;
        if (!snapshotMoved && Find(change.UserId) is { } lab)
        {
            Apply(change.UserId, lab.Email, null, null, change.LastContactAt);
            return Task.CompletedTask;
        }

        return ReloadAsync(change.UserId, cancellationToken);
    }

    /// <summary>
    /// Reads the stored labs (all, or one student's) and shows what moved since: at start-up, when another replica
    /// announces a change, and now and then in case an announcement was lost.
    /// </summary>
    public async Task ReloadAsync(string? userId = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.ReportedLabs.AsNoTracking()
            .Where(l => userId == null || l.UserId == userId)
            .Join(context.Users, l => l.UserId, u => u.Id, (l, u) => new { l.UserId, u.Email, l.LastContactAt, l.SnapshotReceivedAt })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            LabSnapshot? snapshot = null;
            if (row.SnapshotReceivedAt is { } at && _snapshotReceivedAt.GetValueOrDefault(row.UserId) != at)
            {
                var json = await context.ReportedLabs.Where(l => l.UserId == row.UserId).Select(l => l.SnapshotJson).SingleAsync(cancellationToken);
                snapshot = Read(json);
            }

            Apply(row.UserId, row.Email ?? row.UserId, snapshot, snapshot is null ? null : row.SnapshotReceivedAt, row.LastContactAt);
        }

        if (userId is null)
        {
            // Labs forgotten by another replica.
            foreach (var gone in _labs.Keys.Except(rows.Select(r => r.UserId)).ToList())
            {
                _labs.TryRemove(gone, out _);
                _snapshotReceivedAt.TryRemove(gone, out _);
                Notify(Arrivals(gone));
            }
        }
    }

    /// <summary>Forgets a student's lab, here and in the database (other replicas drop it at their next reload).</summary>
    public async Task ForgetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.ReportedLabs.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        _labs.TryRemove(userId, out _);
        _snapshotReceivedAt.TryRemove(userId, out _);
        Notify(Arrivals(userId));
    }

    /// <summary>Calls <paramref name="onChange"/> after each change of any student's lab.</summary>
    public IDisposable SubscribeAll(Func<Task> onChange)
    {
        lock (_gate)
        {
            _watchers = _watchers.Add(onChange);
        }

        return new Unsubscriber(() =>
        {
            lock (_gate)
            {
                _watchers = _watchers.Remove(onChange);
            }
        });
    }

    /// <summary>
    /// Calls <paramref name="onChange"/> when <paramref name="userId"/>'s lab appears or is forgotten, and for no other
    /// student: a student's page needs to know when to switch to their lab, not about each push of the class.
    /// </summary>
    public IDisposable SubscribeArrival(string userId, Func<Task> onChange)
    {
        lock (_gate)
        {
            _arrivalWatchers = _arrivalWatchers.SetItem(userId, Arrivals(userId).Add(onChange));
        }

        return new Unsubscriber(() =>
        {
            lock (_gate)
            {
                var left = Arrivals(userId).Remove(onChange);
                _arrivalWatchers = left.IsEmpty ? _arrivalWatchers.Remove(userId) : _arrivalWatchers.SetItem(userId, left);
            }
        });
    }

    /// <summary>Sets the one relay that tells other replicas about this instance's pushes. Dispose the result to stop.</summary>
    internal IDisposable SetRelay(Action<ReportedLabChange> relay)
    {
        if (Interlocked.CompareExchange(ref _relay, relay, null) is not null)
        {
            throw new InvalidOperationException("A lab relay is already set.");
        }

        return new Unsubscriber(() => Interlocked.CompareExchange(ref _relay, null, relay));
    }

    private void Apply(string userId, string email, LabSnapshot? snapshot, DateTime? snapshotReceivedAt, DateTime lastContact)
    {
        var arrived = false;
        var lab = _labs.GetOrAdd(userId, id =>
        {
            arrived = true;
            return new ReportedLab(id, email, new LabStatePublisher(LabState.Connecting(LabOrigin.Reporter), logger));
        });
        LabState state;
        lock (lab)
        {
            var previous = lab.Feed.Current;
            var contact = new DateTimeOffset(lastContact, TimeSpan.Zero);
            var newerSnapshot = snapshot is not null && snapshotReceivedAt is { } at && (_snapshotReceivedAt.GetValueOrDefault(userId) ?? DateTime.MinValue) < at;
            if (newerSnapshot)
            {
                _snapshotReceivedAt[userId] = snapshotReceivedAt;
            }

            if (!newerSnapshot && previous.LastContact >= contact)
            {
                return;
            }

            state = new LabState(LabOrigin.Reporter, newerSnapshot ? snapshot : previous.Snapshot, null,
                previous.LastContact > contact ? previous.LastContact : contact);
            // Published under the lock so two replicas' news about one lab cannot overtake each other.
            _ = lab.Feed.PublishAsync(state);
        }

        Notify(_watchers);
        if (arrived)
        {
            Notify(Arrivals(userId));
        }
    }

    private ImmutableArray<Func<Task>> Arrivals(string userId) => _arrivalWatchers.GetValueOrDefault(userId, []);

    private void Notify(ImmutableArray<Func<Task>> watchers)
    {
        foreach (var watcher in watchers)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await watcher();
                }
                catch (Exception ex)
                {
                    logger.SubscriberFailed(ex);
                }
            });
        }
    }

    private LabSnapshot? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LabSnapshot>(json, LabReporterEndpoints.Json);
        }
        catch (JsonException exception)
        {
            logger.StoredLabUnreadable(exception);
            return null;
        }
    }

    private static DateTime Truncate(DateTime value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
