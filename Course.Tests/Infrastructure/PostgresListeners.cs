using Npgsql;

namespace Course.Tests.Infrastructure;

/// <summary>Waits for the replicas' background LISTEN on a channel before a test sends what they should hear.</summary>
public static class PostgresListeners
{
    /// <summary>
    /// Waits until <paramref name="count"/> sessions of this database have completed <c>LISTEN channel</c> (their
    /// connection idle again): other test classes' sites listen in their own databases on the same server meanwhile.
    /// </summary>
    public static async Task WaitForAsync(string connectionString, string channel, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Eventually.ValueAsync(async () =>
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle' AND query = 'LISTEN {channel}'", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }, listening => listening >= count, $"{count} instances listening on {channel}");
    }
}
