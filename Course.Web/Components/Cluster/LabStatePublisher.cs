using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Feeds;

namespace Course.Web.Components.Cluster;

/// <summary>
/// Holds one lab's latest state and hands each new one to every subscribed view, each on its own task so a slow
/// circuit holds up neither the producer nor the other views.
/// </summary>
internal sealed class LabStatePublisher(LabState initial, ILogger logger) : ILabFeed
{
    private readonly FeedSubscribers<LabState> _subscribers = new(ex => logger.SubscriberFailed(ex));
    private LabState _current = initial;

    public LabState Current => Volatile.Read(ref _current);

    public int SubscriberCount => _subscribers.Count;

    public IDisposable Subscribe(Func<LabState, Task> onState) => _subscribers.Subscribe(onState);

    public Task PublishAsync(LabState state)
    {
        Volatile.Write(ref _current, state);
        _subscribers.Publish(state);
        return Task.CompletedTask;
    }
}
