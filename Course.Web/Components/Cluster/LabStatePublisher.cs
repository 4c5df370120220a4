using System.Collections.Immutable;
using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster;

/// <summary>
/// Holds one lab's latest state and hands each new one to every subscribed view, each on its own task so a slow
/// circuit holds up neither the producer nor the other views.
/// </summary>
internal sealed class LabStatePublisher(LabState initial, ILogger logger) : ILabFeed
{
    private readonly Lock _gate = new();
    private ImmutableArray<Func<LabState, Task>> _subscribers = [];
    private LabState _current = initial;

    public LabState Current => Volatile.Read(ref _current);

    public int SubscriberCount => _subscribers.Length;

    public IDisposable Subscribe(Func<LabState, Task> onState)
    {
        ArgumentNullException.ThrowIfNull(onState);
        lock (_gate)
        {
            _subscribers = _subscribers.Add(onState);
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                _subscribers = _subscribers.Remove(onState);
            }
        });
    }

    public Task PublishAsync(LabState state)
    {
        Volatile.Write(ref _current, state);
        foreach (var subscriber in _subscribers)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await subscriber(state);
                }
                catch (Exception ex)
                {
                    logger.SubscriberFailed(ex);
                }
            });
        }

        return Task.CompletedTask;
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
