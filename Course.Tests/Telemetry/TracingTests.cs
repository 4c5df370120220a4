using Course.Tests.Infrastructure;
using Course.Web.Components.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Course.Tests.Telemetry;

/// <summary>
/// Traces leave the site only through OTLP: without a collector none are recorded (they cost every request and query,
/// and a tenth of a second of the cold start), with one they are, while metrics are kept either way.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TracingTests
{
    [Fact]
    public async Task Without_an_OTLP_collector_no_trace_is_recorded_but_metrics_are()
    {
        await using var site = new InMemorySiteFactory();

        Assert.Null(site.Services.GetService<TracerProvider>());
        Assert.NotNull(site.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task With_an_OTLP_collector_traces_are_recorded()
    {
        await using var site = new InMemorySiteFactory().With(TelemetryRegistration.OtlpEndpointVariable, "http://127.0.0.1:4317");

        Assert.NotNull(site.Services.GetService<TracerProvider>());
    }
}
