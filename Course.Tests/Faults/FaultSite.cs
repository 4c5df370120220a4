using Course.Tests.Infrastructure;
using Npgsql;

namespace Course.Tests.Faults;

/// <summary>
/// The site in Production (its French error page, no developer page) on a PostgreSQL cluster and a redis-server that
/// belong to the fault tests alone, so they can be stopped and started. Pooled connections, as deployed: a restart must
/// not leave the pool holding dead ones.
/// </summary>
public sealed class FaultSite : IAsyncLifetime
{
    public PostgresServerFixture Postgres { get; } = new() { SynchronousCommit = true };

    public RedisServerFixture Redis { get; } = new();

    public LiveSiteFactory Site { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.InitializeAsync(), Redis.InitializeAsync());
        DatabaseConnectionString = new NpgsqlConnectionStringBuilder(await Postgres.CreateDatabaseAsync("faults")) { Pooling = true }.ConnectionString;
        Site = new LiveSiteFactory { EnvironmentName = "Production" }
            .WithSetting("Database:Provider", "Postgres")
            .WithSetting("ConnectionStrings:Course", DatabaseConnectionString)
            .WithSetting("ConnectionStrings:DockerCoinsRedis", Redis.ConnectionString);
        _ = Site.RootUri;
    }

    public async Task DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        // Make sure nothing is stopped for good before the fixtures clean up.
        await Redis.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await Postgres.DisposeAsync();
    }
}
