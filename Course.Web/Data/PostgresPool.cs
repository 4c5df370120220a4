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
}
