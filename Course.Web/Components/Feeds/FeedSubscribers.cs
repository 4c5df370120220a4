using System.Collections.Immutable;

namespace Course.Web.Components.Feeds;

/// <summary>
/// The viewers subscribed to one live feed (hash rate, services, a lab, a cohort's dashboard…). Each new value reaches
/// each viewer on the thread pool: every viewer renders on its own circuit, so none may hold up the producer or the
/// others, and a failing one is reported through <paramref name="onFailure"/> and skipped.
/// </summary>
/// <remarks>
/// Why an immutable array swapped under a lock: subscribing and leaving are rare and short, publishing is frequent and
/// reads a snapshot without locking.
/// </remarks>
internal sealed class FeedSubscribers<T>(Action<Exception> onFailure)
{
    private readonly Lock _gate = new();
    private ImmutableArray<Func<T, Task>> _subscribers = [];

    public int Count => _subscribers.Length;

    /// <summary>Adds <paramref name="onValue"/>; disposing the result (once or more) removes it.</summary>
    public IDisposable Subscribe(Func<T, Task> onValue)
    {
        ArgumentNullException.ThrowIfNull(onValue);
        lock (_gate)
        {
            _subscribers = _subscribers.Add(onValue);
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                _subscribers = _subscribers.Remove(onValue);
            }
        });
    }

    /// <summary>Hands <paramref name="value"/> to every current subscriber, each on its own task; returns at once.</summary>
    public void Publish(T value)
    {
        foreach (var subscriber in _subscribers)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await subscriber(value);
                }
                catch (Exception ex)
                {
                    onFailure(ex);
                }
            }, CancellationToken.None);
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
