namespace Course.Web.Components.DockerCoins;

/// <summary>What the dashboard may do with the embedded miner: see it and change its worker count.</summary>
internal interface IMinerControl
{
    bool IsEnabled { get; }

    int WorkerCount { get; }

    /// <summary>Sets the number of workers, clamped to 1..20; takes effect at once. The same count changes nothing.</summary>
    void SetWorkerCount(int workers);

    /// <summary>
    /// Calls <paramref name="onWorkerCountChanged"/> with the new count after each change, whoever made it, until
    /// the returned handle is disposed: every open dashboard shows the same count.
    /// </summary>
    IDisposable Subscribe(Func<int, Task> onWorkerCountChanged);
}
