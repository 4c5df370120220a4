using StackExchange.Redis;

namespace Course.Web.Components.DockerCoins;

/// <summary>The students' Redis, through the app's single shared multiplexer.</summary>
internal sealed class RedisCoinStore(DockerCoinsRedisConnection connection) : ICoinStore
{
    private static readonly RedisKey HashesKey = "hashes";
    private static readonly RedisKey WalletKey = "wallet";

    // Bounds one read even if a reply never comes (e.g. a host that drops packets).
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(1);

    public CoinStoreKind Kind => CoinStoreKind.Redis;

    public async Task<CounterReading> ReadAsync(CancellationToken cancellationToken)
    {
        // The first read may find the connection still being made: it waits no longer than a reply would.
        var database = (await connection.GetAsync().WaitAsync(ReadTimeout, cancellationToken)).GetDatabase();

        // A batch sends both commands together: one round trip per sample, whatever the number of viewers.
        var batch = database.CreateBatch();
        var hashes = batch.StringGetAsync(HashesKey);
        var coins = batch.HashLengthAsync(WalletKey);
        batch.Execute();

        await Task.WhenAll(hashes, coins).WaitAsync(ReadTimeout, cancellationToken);
        return new CounterReading(ParseCounter(await hashes), await coins);
    }

    public async Task IncrementHashesAsync(long by, CancellationToken cancellationToken) =>
        await (await connection.GetAsync()).GetDatabase().StringIncrementAsync(HashesKey, by).WaitAsync(cancellationToken);

    public async Task AddCoinAsync(string hex, byte[] bytes, CancellationToken cancellationToken) =>
        await (await connection.GetAsync()).GetDatabase().HashSetAsync(WalletKey, hex, bytes).WaitAsync(cancellationToken);

    private static long ParseCounter(RedisValue value) =>
        value.IsNull ? 0 : long.TryParse(value.ToString(), out var hashes) ? hashes : 0;
}
