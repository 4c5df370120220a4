using System.Diagnostics;
using Course.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Course.Tests.DockerCoins;

public sealed class DockerCoinsStartupTests
{
    [Fact]
    public void The_site_refuses_to_start_on_a_malformed_redis_connection_string_and_names_the_setting()
    {
        using var site = new InMemorySiteFactory().With("ConnectionStrings:DockerCoinsRedis", "127.0.0.1:6379,connectTimeout=soon");

        var exception = Record.Exception(() => site.CreateClient());

        var invalid = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains("ConnectionStrings:DockerCoinsRedis", invalid.Message);
    }

    [Fact]
    public void The_site_refuses_to_start_with_an_impossible_worker_count()
    {
        using var site = new InMemorySiteFactory().With("DockerCoins:Workers", "50");

        var exception = Record.Exception(() => site.CreateClient());

        Assert.Contains("DockerCoins:Workers must be between 1 and 20", Unwrap(exception)?.Message);
    }

    [Fact]
    public async Task Without_configuration_the_page_runs_the_embedded_miner()
    {
        using var site = new InMemorySiteFactory();
        using var client = site.CreateClient();

        var html = await WaitForPageAsync(client, "data-total-hashes=\"", TimeSpan.FromSeconds(15));

        Assert.Contains("data-connection-state=\"embedded\"", html);
        Assert.Contains("Nombre de workers", html);
        Assert.Contains("<title>DockerCoins en direct — Découvrir Kubernetes</title>", html);
    }

    [Fact]
    public async Task With_the_miner_off_and_no_redis_the_page_says_what_to_configure()
    {
        using var site = new InMemorySiteFactory().With("DockerCoins:EmbeddedMiner", "false");
        using var client = site.CreateClient();

        var html = await WaitForPageAsync(client, "data-connection-state=\"not-configured\"", TimeSpan.FromSeconds(15));

        Assert.Contains("ConnectionStrings:DockerCoinsRedis", html);
        Assert.DoesNotContain("Nombre de workers", html);
    }

    [Fact]
    public async Task An_unreachable_redis_neither_delays_the_site_nor_goes_unnoticed()
    {
        using var site = new InMemorySiteFactory().With("ConnectionStrings:DockerCoinsRedis", $"127.0.0.1:{FreeTcpPort.Next()}");
        using var client = site.CreateClient();
        var clock = Stopwatch.StartNew();

        var home = await client.GetAsync("/");
        Assert.True(home.IsSuccessStatusCode, $"home page: {(int)home.StatusCode}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the home page waited {clock.Elapsed.TotalSeconds:0.0} s for Redis");

        // The page says so within 2 s on a quiet machine (docs/dockercoins.md); a loaded test machine gets 10 s.
        await WaitForPageAsync(client, "data-connection-state=\"reconnecting\"", TimeSpan.FromSeconds(10));
    }

    private static Task<string> WaitForPageAsync(HttpClient client, string expected, TimeSpan timeout) =>
        Eventually.ValueAsync(() => client.GetStringAsync("/dockercoins"), html => html.Contains(expected, StringComparison.Ordinal),
            $"/dockercoins shows {expected}", timeout);

    private static Exception? Unwrap(Exception? exception)
    {
        while (exception is AggregateException { InnerException: not null } aggregate)
        {
            exception = aggregate.InnerException;
        }

        return exception;
    }
}
