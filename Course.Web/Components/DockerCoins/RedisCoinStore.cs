using System.Globalization;
using StackExchange.Redis;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// The students' Redis, through the app's single shared multiplexer. Their Redis has no password: every read is
/// bounded (a 100 MB value costs 21 bytes) and every value validated before it is shown.
/// </summary>
internal sealed class RedisCoinStore(DockerCoinsRedisConnection connection) : ICoinStore
{
    public const string HashesKeyName = "hashes";
    public const string WalletKeyName = "wallet";

    // A count (a non-negative long) has at most 19 digits: reading one byte more tells a value too long to be one.
    private const int MaxCounterDigits = 19;

    private static readonly RedisKey HashesKey = HashesKeyName;
    private static readonly RedisKey WalletKey = WalletKeyName;

    // Bounds one read even if a reply never comes (e.g. a host that drops packets).
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(1);

    public CoinStoreKind Kind => CoinStoreKind.Redis;

    public async Task<CounterReading> ReadAsync(CancellationToken cancellationToken)
    {
        // The first read may find the connection still being made: it waits no longer than a reply would.
        var database = (await connection.GetAsync().WaitAsync(ReadTimeout, cancellationToken)).GetDatabase();

        // A batch sends both commands together: one round trip per sample, whatever the number of viewers.
        var batch = database.CreateBatch();
        var hashes = batch.StringGetRangeAsync(HashesKey, 0, MaxCounterDigits);
        var coins = batch.HashLengthAsync(WalletKey);
        batch.Execute();

        try
        {
            await Task.WhenAll(hashes, coins).WaitAsync(ReadTimeout, cancellationToken);
        }
        catch (RedisServerException)
        {
            // Reported below, naming the key; a timeout or a lost connection propagates as an outage.
        }

        return new CounterReading(ParseCounter(await Checked(hashes, HashesKeyName)), await Checked(coins, WalletKeyName));
    }

    public async Task IncrementHashesAsync(long by, CancellationToken cancellationToken) =>
        await (await connection.GetAsync()).GetDatabase().StringIncrementAsync(HashesKey, by).WaitAsync(cancellationToken);

    public async Task AddCoinAsync(string hex, byte[] bytes, CancellationToken cancellationToken) =>
        await (await connection.GetAsync()).GetDatabase().HashSetAsync(WalletKey, hex, bytes).WaitAsync(cancellationToken);

    // WRONGTYPE and other server errors name the key; anything else is the connection's fault.
    private static async Task<T> Checked<T>(Task<T> reply, string key)
    {
        try
        {
            return await reply;
        }
        catch (RedisServerException ex)
        {
            throw new InvalidCoinDataException(key, ex.Message);
        }
    }

    private static long ParseCounter(RedisValue value)
    {
        // GETRANGE answers an empty string for a missing key: no hashes yet.
        var text = value.IsNull ? "" : value.ToString();
        if (text.Length == 0)
        {
            return 0;
        }

        if (text.Length > MaxCounterDigits)
        {
            throw new InvalidCoinDataException(HashesKeyName, "longer than any 64-bit count");
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hashes)
            ? hashes
            : throw new InvalidCoinDataException(HashesKeyName, "not a non-negative integer");
    }
}
