using System.Net;
using Course.Tests.Infrastructure;
using Npgsql;

namespace Course.Tests.Health;

/// <summary>Readiness follows the PostgreSQL database; liveness does not (a database outage must not restart pods).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReadinessTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task An_unreachable_database_makes_the_site_unready_but_still_alive()
    {
        var direct = await postgres.CreateDatabaseAsync($"readiness_{Guid.NewGuid():N}");
        await using var relay = new TcpRelay(postgres.Port);
        relay.Start();
        var throughRelay = new NpgsqlConnectionStringBuilder(direct) { Port = relay.Port, Timeout = 3 }.ConnectionString;
        await using var site = new InMemorySiteFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Course", throughRelay);
        using var client = site.CreateClient();

        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await HealthEndpointTests.ReadAsync(ready)).GetProperty("checks")
            .GetProperty("database").GetProperty("status").GetString());

        await relay.DisposeAsync();
        using var unready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unready.StatusCode);
        var report = await HealthEndpointTests.ReadAsync(unready);
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("content").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
