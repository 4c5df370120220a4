using StackExchange.Redis;

namespace Course.Web.Components.DockerCoins;

/// <summary>The students' Redis, through the app's single shared multiplexer.</summary>
/// <remarks>The multiplexer is resolved on first use so that a missing Redis never delays start-up.</remarks>
internal sealed class RedisCoinStore(Lazy<IConnectionMultiplexer> multiplexer) : ICoinStore
{
    private static readonly RedisKey HashesKey = "hashes";
    private static readonly RedisKey WalletKey = "wallet";

    // Bounds one read even if a reply never comes (e.g. a host that drops packets).
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(1);

    public CoinStoreKind Kind => CoinStoreKind.Redis;

    public async Task<CounterReading> ReadAsync(CancellationToken cancellationToken)
    {
        var database = multiplexer.Value.GetDatabase();

        // A batch sends both commands together: one round trip per sample, whatever the number of viewers.
        var batch = database.CreateBatch();
        var hashes = batch.StringGetAsync(HashesKey);
        var coins = batch.HashLengthAsync(WalletKey);
        batch.Execute();

        await Task.WhenAll(hashes, coins).WaitAsync(ReadTimeout, cancellationToken);
        return new CounterReading(ParseCounter(await hashes), await coins);
    }

    public Task IncrementHashesAsync(long by, CancellationToken cancellationToken) =>
        multiplexer.Value.GetDatabase().StringIncrementAsync(HashesKey, by).WaitAsync(cancellationToken);

    public Task AddCoinAsync(string hex, byte[] bytes, CancellationToken cancellationToken) =>
        multiplexer.Value.GetDatabase().HashSetAsync(WalletKey, hex, bytes).WaitAsync(cancellationToken);

    private static long ParseCounter(RedisValue value) =>
        value.IsNull ? 0 : long.TryParse(value.ToString(), out var hashes) ? hashes : 0;
}
