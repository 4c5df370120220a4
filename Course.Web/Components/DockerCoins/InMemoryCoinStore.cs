namespace Course.Web.Components.DockerCoins;

/// <summary>The embedded miner's store when no Redis is configured; same keys, same semantics.</summary>
internal sealed class InMemoryCoinStore : ICoinStore
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _wallet = [];
    private long _hashes;

    public CoinStoreKind Kind => CoinStoreKind.InMemory;

    public Task<CounterReading> ReadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(new CounterReading(_hashes, _wallet.Count));
        }
    }

    public Task IncrementHashesAsync(long by, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _hashes += by;
        }

        return Task.CompletedTask;
    }

    public Task AddCoinAsync(string hex, byte[] bytes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _wallet.Add(hex);
        }

        return Task.CompletedTask;
    }
}
