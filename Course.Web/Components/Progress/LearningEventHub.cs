namespace Course.Web.Components.Progress;

/// <summary>
/// Carries <see cref="LearningEvent"/>s from the code that commits them to the live producers of this app instance
/// (one producer per feed subscribes here, never one per viewer). Publish only after the commit.
/// </summary>
public sealed class LearningEventHub(ILogger<LearningEventHub> logger)
{
    private readonly Lock _gate = new();
    private Action<LearningEvent>[] _subscribers = [];

    /// <summary>Delivers <paramref name="learningEvent"/> to every subscriber; a failing subscriber is logged and skipped.</summary>
    public void Publish(LearningEvent learningEvent)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(learningEvent);
            }
            catch (Exception exception)
            {
                ProgressLog.SubscriberFailed(logger, learningEvent.Kind, exception);
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="subscriber"/> for each event, on the publisher's thread: it must return quickly (queue the
    /// work). Dispose the result to stop.
    /// </summary>
    public IDisposable Subscribe(Action<LearningEvent> subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        return new Subscription(this, subscriber);
    }

    private void Unsubscribe(Action<LearningEvent> subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(s => s != subscriber)];
        }
    }

    private sealed class Subscription(LearningEventHub hub, Action<LearningEvent> subscriber) : IDisposable
    {
        public void Dispose() => hub.Unsubscribe(subscriber);
    }
}
