namespace Course.Web.Components.DockerCoins;

/// <summary>
/// Settings of the live DockerCoins dashboard: section <c>DockerCoins</c> plus the connection string
/// <c>ConnectionStrings:DockerCoinsRedis</c>.
/// </summary>
internal sealed class DockerCoinsOptions
{
    public const string SectionName = "DockerCoins";
    public const string ConnectionStringName = "DockerCoinsRedis";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    public const int MinWorkers = 1;
    public const int MaxWorkers = 20;

    /// <summary>StackExchange.Redis configuration string of the students' Redis; none means no Redis.</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>
    /// Runs the in-process DockerCoins. Unset means "only when no Redis is configured", so a fresh
    /// machine still shows a live page.
    /// </summary>
    public bool? EmbeddedMiner { get; set; }

    /// <summary>Worker count the embedded miner starts with; students change it live from the page.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>IANA time zone used to show sample times to students.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    public bool RedisConfigured => !string.IsNullOrWhiteSpace(RedisConnectionString);

    public bool MinerEnabled => EmbeddedMiner ?? !RedisConfigured;
}
