namespace Course.Web.Components.DockerCoins;

/// <summary>Stands in when there is neither a Redis nor an embedded miner; the monitor never reads it.</summary>
internal sealed class UnconfiguredCoinStore : ICoinStore
{
    public CoinStoreKind Kind => CoinStoreKind.None;

    public Task<CounterReading> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromException<CounterReading>(new InvalidOperationException($"{DockerCoinsOptions.ConnectionStringKey} is not set."));

    public Task IncrementHashesAsync(long by, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AddCoinAsync(string hex, byte[] bytes, CancellationToken cancellationToken) => Task.CompletedTask;
}
