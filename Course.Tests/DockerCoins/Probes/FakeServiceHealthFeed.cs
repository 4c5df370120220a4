using Course.Web.Components.DockerCoins.Probes;

namespace Course.Tests.DockerCoins.Probes;

/// <summary>A services feed the test drives by hand, standing in for <see cref="ServiceHealthMonitor"/> in component tests.</summary>
internal sealed class FakeServiceHealthFeed : IServiceHealthFeed
{
    private readonly Lock _gate = new();
    private readonly List<Func<ServicesSnapshot, Task>> _subscribers = [];

    public ServicesSnapshot? Current { get; private set; }

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

    public IDisposable Subscribe(Func<ServicesSnapshot, Task> onSnapshot)
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

    public async Task PublishAsync(ServicesSnapshot snapshot)
    {
        Current = snapshot;
        Func<ServicesSnapshot, Task>[] subscribers;
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
