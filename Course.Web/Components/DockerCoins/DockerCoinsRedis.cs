using StackExchange.Redis;

namespace Course.Web.Components.DockerCoins;

/// <summary>How the shared multiplexer talks to the students' Redis.</summary>
internal static class DockerCoinsRedis
{
    /// <summary>
    /// Parses the configured string and makes failures quick and visible: never abort on a failed first
    /// connect (start-up must not depend on Redis), fail commands at once while disconnected instead of
    /// queueing them (the chip must turn within 2 s), and retry the connection with a capped backoff.
    /// </summary>
    public static ConfigurationOptions CreateConfiguration(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = 1000;
        configuration.SyncTimeout = 1000;
        configuration.AsyncTimeout = 1000;
        configuration.ConnectRetry = 1;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new ExponentialRetry(250, 2000);
        return configuration;
    }
}
