namespace Course.Web.Components.DockerCoins;

/// <summary>Where DockerCoins keeps <c>hashes</c> and <c>wallet</c>: the real Redis or an in-memory stand-in.</summary>
internal interface ICoinStore
{
    CoinStoreKind Kind { get; }

    /// <summary>Reads <c>hashes</c> and <c>HLEN wallet</c> in one round trip; throws when the store is unreachable.</summary>
    Task<CounterReading> ReadAsync(CancellationToken cancellationToken);

    /// <summary><c>INCRBY hashes by</c>.</summary>
    Task IncrementHashesAsync(long by, CancellationToken cancellationToken);

    /// <summary><c>HSET wallet hex bytes</c>.</summary>
    Task AddCoinAsync(string hex, byte[] bytes, CancellationToken cancellationToken);
}
