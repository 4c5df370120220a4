using Course.Web.Components.DockerCoins;

namespace Course.Tests.DockerCoins;

/// <summary>A sample source the test drives by hand, standing in for <see cref="HashRateMonitor"/>.</summary>
internal sealed class FakeHashRateFeed : IHashRateFeed
{
    private readonly Lock _gate = new();
    private readonly List<Func<HashRateSnapshot, Task>> _subscribers = [];
    private long _sequence;

    public HashRateSnapshot? Current { get; private set; }

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public IDisposable Subscribe(Func<HashRateSnapshot, Task> onSnapshot)
    {
        lock (_gate)
        {
            _subscribers.Add(onSnapshot);
        }

        return new Unsubscriber(() =>
        {
            lock (_gate)
            {
                _subscribers.Remove(onSnapshot);
            }
        });
    }

    public Task PublishAsync(DockerCoinsConnectionState state, params HashRatePoint[] history) =>
        PublishAsync(new HashRateSnapshot(++_sequence, state, history, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

    /// <summary>Publishes the state the monitor reports when <paramref name="key"/> holds invalid data.</summary>
    public Task PublishInvalidAsync(string key, params HashRatePoint[] history) =>
        PublishAsync(new HashRateSnapshot(
            ++_sequence, DockerCoinsConnectionState.InvalidData, history, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"), key));

    private async Task PublishAsync(HashRateSnapshot snapshot)
    {
        Current = snapshot;
        Func<HashRateSnapshot, Task>[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            await subscriber(snapshot);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
