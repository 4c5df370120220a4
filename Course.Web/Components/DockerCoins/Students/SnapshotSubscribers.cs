using System.Collections.Immutable;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// The viewers of one student's feed: each gets the new snapshot on the thread pool, so no circuit holds up the push
/// endpoint or the other viewers.
/// </summary>
internal sealed class SnapshotSubscribers<T>(ILogger logger)
{
    private readonly Lock _gate = new();
    private ImmutableArray<Func<T, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<T, Task> onSnapshot)
    {
        ArgumentNullException.ThrowIfNull(onSnapshot);
        lock (_gate)
        {
            _subscribers = _subscribers.Add(onSnapshot);
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                _subscribers = _subscribers.Remove(onSnapshot);
            }
        });
    }

    public void Publish(T snapshot)
    {
        foreach (var subscriber in _subscribers)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await subscriber(snapshot);
                }
                catch (Exception ex)
                {
                    logger.StudentSubscriberFailed(ex);
                }
            });
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
