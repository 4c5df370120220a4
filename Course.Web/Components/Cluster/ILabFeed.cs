using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster;

/// <summary>A live lab: its current state and a subscription to each new one. Subscribers never cause API calls.</summary>
internal interface ILabFeed
{
    LabState Current { get; }

    /// <summary>Calls <paramref name="onState"/> with each new state until the handle is disposed.</summary>
    IDisposable Subscribe(Func<LabState, Task> onState);
}
