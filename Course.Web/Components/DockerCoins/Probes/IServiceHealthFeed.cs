namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>The live services feed: one prober, many panels. Subscribing never calls a service.</summary>
internal interface IServiceHealthFeed
{
    /// <summary>The latest snapshot, or null before the first probe round.</summary>
    ServicesSnapshot? Current { get; }

    /// <summary>Calls <paramref name="onSnapshot"/> after each probe round until the returned handle is disposed.</summary>
    IDisposable Subscribe(Func<ServicesSnapshot, Task> onSnapshot);
}
