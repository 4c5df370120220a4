namespace Course.Web.Components.DockerCoins;

/// <summary>The live hash-rate feed: one producer, many dashboards. Subscribing never touches Redis.</summary>
internal interface IHashRateFeed
{
    /// <summary>The latest snapshot, or null before the first sample.</summary>
    HashRateSnapshot? Current { get; }

    /// <summary>Calls <paramref name="onSnapshot"/> after each sample until the returned handle is disposed.</summary>
    IDisposable Subscribe(Func<HashRateSnapshot, Task> onSnapshot);
}
