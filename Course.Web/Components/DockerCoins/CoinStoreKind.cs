namespace Course.Web.Components.DockerCoins;

/// <summary>Which store the monitor reads, which decides the connection chip.</summary>
internal enum CoinStoreKind
{
    /// <summary>No Redis and no embedded miner: nothing to show.</summary>
    None,
    InMemory,
    Redis,
}
