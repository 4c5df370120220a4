using System.Net;
using Course.Tests.Infrastructure;

namespace Course.Tests.Telemetry;

/// <summary>The scrape endpoint exists only when configured, and only on its own port (never through the site's).</summary>
[Collection(TelemetryCollection.Name)]
public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task Metrics_are_served_on_the_configured_port_only()
    {
        await using var site = new InMemorySiteFactory().With("Telemetry:PrometheusPort", "9464");
        using var scraper = site.CreateClient(new() { BaseAddress = new Uri("http://localhost:9464") });
        using var visitor = site.CreateClient();

        await scraper.GetAsync("/healthz");
        using var metrics = await scraper.GetAsync("/metrics");
        using var throughSite = await visitor.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        var text = await metrics.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE course_dashboards_open", text);
        Assert.Contains("course_answers_per_minute", text);
        Assert.Equal(HttpStatusCode.NotFound, throughSite.StatusCode);
    }

    [Fact]
    public async Task Without_a_port_there_is_no_scrape_endpoint()
    {
        await using var site = new InMemorySiteFactory();
        using var scraper = site.CreateClient(new() { BaseAddress = new Uri("http://localhost:9464") });

        using var metrics = await scraper.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
    }
}
