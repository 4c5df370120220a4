namespace Course.Tests.DockerCoins;

/// <summary>Runs the embedded miner's rate measurements after the parallel tests, alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EmbeddedMinerCollection
{
    public const string Name = "embedded-miner";
}
