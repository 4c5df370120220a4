using System.Data.Common;
using Npgsql;

namespace Course.Web.Data;

/// <summary>
/// Bounds the site's PostgreSQL connection pool unless the connection string says otherwise. Npgsql's own default is 100
/// connections per process: two replicas could then ask for more than PostgreSQL's default <c>max_connections</c>
/// (100), and under a class's burst each new connection forks a server backend. Measured with bench/classroom-load.sh:
/// on a saturated machine the pool grew towards 100, and opening the new connections timed out (15 s) on
/// "Ma progression". A bounded pool reuses warm connections and makes a burst queue for them instead.
/// </summary>
internal static class PostgresPool
{
    public const int DefaultMaxPoolSize = 25;

    // Npgsql's keyword and its synonyms, compared without spaces or case.
    private static readonly string[] MaxPoolSizeKeywords = ["maximumpoolsize", "maxpoolsize"];

    public static string Bounded(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = given.Keys.Cast<string>().Select(key => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant());
        if (keys.Any(MaxPoolSizeKeywords.Contains))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;
    }

    /// <summary>
    /// Opens one connection of the site's pool on a pool thread and returns it to the pool, from the moment the
    /// configuration is read: Npgsql's first physical connection and its type catalogue are then loaded beside the
    /// host's construction, and the database's share of the start-up (<see cref="DatabaseStartup"/>) finds a warm
    /// connection instead of opening the first one on the start path (docs/benchmarks.md, "Session 16").
    /// </summary>
    /// <remarks>
    /// EF Core's Npgsql provider opens its connections with the same bounded connection string, so they come from the
    /// same pool. A failure is left to the database start, which reports it with its context.
    /// </remarks>
    public static void Warm(string connectionString) => _ = Task.Run(async () =>
    {
        try
        {
            await using var connection = new NpgsqlConnection(Bounded(connectionString));
            await connection.OpenAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            // The database start opens its own connection and reports the same failure.
        }
    });
}
