namespace Course.Tests.DockerCoins;

/// <summary>
/// The embedded miner's rate measurements, one class at a time. They run beside the other collections: the rates come
/// from rng's and hasher's fixed delays, not from CPU speed (measured at load average 32 on 2 cores: 3.16 hashes/s for
/// one worker, 9.4-9.7 for 4 and 20, as on a quiet machine).
/// </summary>
[CollectionDefinition(Name)]
public sealed class EmbeddedMinerCollection
{
    public const string Name = "embedded-miner";
}
