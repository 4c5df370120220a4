namespace Course.Web.Components.DockerCoins;

/// <summary>What the dashboard may do with the embedded miner: see it and change its worker count.</summary>
internal interface IMinerControl
{
    bool IsEnabled { get; }

    int WorkerCount { get; }

    /// <summary>Sets the number of workers, clamped to 1..20; takes effect at once.</summary>
    void SetWorkerCount(int workers);
}
