using Course.Web.Components.DockerCoins.Probes;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// Where the lab reporter finds the student's DockerCoins: by default the workshop's service names in the DockerCoins
/// namespace (<c>redis.NS:6379</c>, <c>http://rng.NS/</c>, <c>http://hasher.NS/</c>, <c>http://webui.NS/</c>), each
/// overridable by an environment variable; an empty value turns that read or probe off.
/// </summary>
internal static class ReporterDockerCoins
{
    public const string RedisVariable = "LAB_DOCKERCOINS_REDIS";
    public const string RngVariable = "LAB_RNG_URL";
    public const string HasherVariable = "LAB_HASHER_URL";
    public const string WebUiVariable = "LAB_WEBUI_URL";

    public static DockerCoinsOptions Options(string @namespace, Func<string, string?> environment) => new()
    {
        RedisConnectionString = environment(RedisVariable) ?? $"redis.{@namespace}:6379",
        RngUrl = environment(RngVariable) ?? $"http://rng.{@namespace}/",
        HasherUrl = environment(HasherVariable) ?? $"http://hasher.{@namespace}/",
        WebUiUrl = environment(WebUiVariable) ?? $"http://webui.{@namespace}/",
        EmbeddedMiner = false,
    };

    /// <summary>The French/English reasons these settings are unusable, or an empty list.</summary>
    public static IReadOnlyList<string> Problems(DockerCoinsOptions options) =>
        new DockerCoinsOptionsValidator().Validate(null, options) is { Failed: true } result ? [.. result.Failures] : [];

    /// <summary>
    /// The few services the sampler needs (one Redis multiplexer, the typed probe clients with their resilience
    /// pipeline), and none of the site's. Dispose the provider to close the Redis connection.
    /// </summary>
    public static ServiceProvider Build(DockerCoinsOptions options, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddDockerCoinsProbeClients();
        services.AddSingleton<DockerCoinsRedisConnection>();
        services.AddSingleton<ICoinStore>(sp => options.RedisConfigured
            ? new RedisCoinStore(sp.GetRequiredService<DockerCoinsRedisConnection>())
            : new UnconfiguredCoinStore());
        services.AddSingleton<IServiceProbeSource, HttpServiceProbeSource>();
        services.AddSingleton<DockerCoinsSampler>();
        return services.BuildServiceProvider();
    }
}
