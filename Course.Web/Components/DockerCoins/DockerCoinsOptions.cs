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
    public static readonly TimeSpan MinProbeInterval = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan MaxProbeInterval = TimeSpan.FromMinutes(1);

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

    /// <summary>Base URL of the <c>rng</c> service to probe (absolute http/https); unset means "not probed".</summary>
    public string? RngUrl { get; set; }

    /// <summary>Base URL of the <c>hasher</c> service to probe (absolute http/https); unset means "not probed".</summary>
    public string? HasherUrl { get; set; }

    /// <summary>Base URL of the <c>webui</c> service to probe (absolute http/https); unset means "not probed".</summary>
    public string? WebUiUrl { get; set; }

    /// <summary>Time between two probe rounds; one rng request per 2 s is 5 % of a single-threaded rng.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A probe still unanswered after this long counts as "slow" (timed out).</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    public bool AnyServiceUrl =>
        !string.IsNullOrWhiteSpace(RngUrl) || !string.IsNullOrWhiteSpace(HasherUrl) || !string.IsNullOrWhiteSpace(WebUiUrl);

    public bool RedisConfigured => !string.IsNullOrWhiteSpace(RedisConnectionString);

    public bool MinerEnabled => EmbeddedMiner ?? !RedisConfigured;
}
