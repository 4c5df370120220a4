using Course.Tests.DockerCoins;
using Course.Tests.Infrastructure;
using Course.Web.Components.DockerCoins;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.PageCache;

/// <summary>
/// The site in memory with a clock the tests move (the DockerCoins page ages without waiting) and a DockerCoins feed
/// the tests publish samples to (what the page shows is known).
/// </summary>
public sealed class LivePageSiteFixture : IAsyncLifetime
{
    private readonly InMemorySiteFactory _site = new();

    public LivePageSiteFixture() =>
        Site = _site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IHashRateFeed>(Feed);
        }));

    public WebApplicationFactory<Program> Site { get; }

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    internal FakeHashRateFeed Feed { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await _site.DisposeAsync();
    }
}
