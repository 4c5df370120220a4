using System.Collections.Concurrent;
using System.Collections.Immutable;
using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// The latest lab state pushed by each student's reporter, kept in memory (a restart waits for the next heartbeat,
/// at most 15 s). Views subscribe to one student's lab; the instructor's grid subscribes to every change.
/// </summary>
internal sealed class ReportedLabs(TimeProvider time, ILogger<ReportedLabs> logger)
{
    private readonly ConcurrentDictionary<string, ReportedLab> _labs = new();
    private readonly Lock _gate = new();
    private ImmutableArray<Func<Task>> _watchers = [];

    public IReadOnlyCollection<ReportedLab> All => _labs.Values.ToList();

    public ReportedLab? Find(string userId) => _labs.GetValueOrDefault(userId);

    /// <summary>Records a push (a snapshot, or a heartbeat when <paramref name="snapshot"/> is null).</summary>
    public async Task AcceptAsync(string userId, string email, LabSnapshot? snapshot)
    {
        var lab = _labs.GetOrAdd(userId, id => new ReportedLab(id, email, new LabStatePublisher(LabState.Connecting(LabOrigin.Reporter), logger)));
        var previous = lab.Feed.Current;
        var state = new LabState(LabOrigin.Reporter, snapshot ?? previous.Snapshot, null, time.GetUtcNow());
        await lab.Feed.PublishAsync(state);
        foreach (var watcher in _watchers)
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

    public void Forget(string userId) => _labs.TryRemove(userId, out _);

    /// <summary>Calls <paramref name="onChange"/> after each accepted push of any student.</summary>
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

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
