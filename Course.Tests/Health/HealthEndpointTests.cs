using System.Net;
using System.Text.Json;
using Course.Tests.Infrastructure;

namespace Course.Tests.Health;

/// <summary>The probes on the default site (SQLite, embedded miner) and with an unreachable DockerCoins Redis.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Liveness_and_readiness_answer_200_with_every_check_reported()
    {
        await using var site = new InMemorySiteFactory();
        using var client = site.CreateClient();

        using var live = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", (await ReadAsync(live)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ReadAsync(ready);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks");
        Assert.Equal(["content", "database", "dockercoins-redis", "kubernetes-api", "search"],
            checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        Assert.Matches("^[0-9]+ chapters loaded\\.$", checks.GetProperty("content").GetProperty("description").GetString());
        Assert.StartsWith("Not configured", checks.GetProperty("dockercoins-redis").GetProperty("description").GetString());
        Assert.Equal("no-store", ready.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task An_unreachable_DockerCoins_Redis_is_reported_but_leaves_the_site_ready()
    {
        await using var site = new InMemorySiteFactory()
            .With("ConnectionStrings:DockerCoinsRedis", $"127.0.0.1:{FreeTcpPort.Next()}");
        using var client = site.CreateClient();

        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ReadAsync(ready);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var redis = report.GetProperty("checks").GetProperty("dockercoins-redis");
        Assert.Equal("Degraded", redis.GetProperty("status").GetString());
        // "Unreachable: …" or, on a loaded machine, the health check's own timeout: Degraded either way.
        Assert.False(string.IsNullOrEmpty(redis.GetProperty("description").GetString()));
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    internal static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
