using Course.Web.Components.Telemetry;

namespace Course.Web.Components.Progress;

/// <summary>
/// Carries <see cref="LearningEvent"/>s from the code that commits them to the live producers of this app instance
/// (one producer per feed subscribes here, never one per viewer). Publish only after the commit. With several
/// replicas, a relay (<see cref="PostgresLearningEventRelay"/>) forwards this instance's commits to the others and
/// hands theirs in through <see cref="DeliverFromOtherInstance"/>.
/// </summary>
public sealed class LearningEventHub(CourseMetrics metrics, ILogger<LearningEventHub> logger)
{
    private readonly Lock _gate = new();
    private Action<LearningEvent>[] _subscribers = [];
    private Action<LearningEvent>? _relay;

    /// <summary>
    /// Delivers an event committed by this instance to every subscriber (a failing subscriber is logged and skipped),
    /// then to the relay, if any.
    /// </summary>
    public void Publish(LearningEvent learningEvent)
    {
        if (learningEvent.Kind == LearningEventKind.QuestionAnswered)
        {
            // Counted where committed: events relayed from other replicas are not counted again.
            metrics.AnswerCommitted();
        }

        Deliver(learningEvent);
        if (Volatile.Read(ref _relay) is { } relay)
        {
            Invoke(relay, learningEvent);
        }
    }

    /// <summary>Delivers an event another replica committed to this instance's subscribers only (never relayed back).</summary>
    public void DeliverFromOtherInstance(LearningEvent learningEvent) => Deliver(learningEvent);

    /// <summary>
    /// Sets the one relay that forwards this instance's commits to other replicas; same rules as
    /// <see cref="Subscribe"/>. Dispose the result to stop.
    /// </summary>
    internal IDisposable SetRelay(Action<LearningEvent> relay)
    {
        if (Interlocked.CompareExchange(ref _relay, relay, null) is not null)
        {
            throw new InvalidOperationException("A learning event relay is already set.");
        }

        return new RelayRegistration(this, relay);
    }

    private void Deliver(LearningEvent learningEvent)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            Invoke(subscriber, learningEvent);
        }
    }

    private void Invoke(Action<LearningEvent> subscriber, LearningEvent learningEvent)
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

    private sealed class RelayRegistration(LearningEventHub hub, Action<LearningEvent> relay) : IDisposable
    {
        public void Dispose() => Interlocked.CompareExchange(ref hub._relay, null, relay);
    }

    private sealed class Subscription(LearningEventHub hub, Action<LearningEvent> subscriber) : IDisposable
    {
        public void Dispose() => hub.Unsubscribe(subscriber);
    }
}
