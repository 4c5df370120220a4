using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Course.Web.Components.Telemetry;

/// <summary>
/// OpenTelemetry for the site: metrics (ASP.NET Core, HttpClient, Npgsql, the .NET runtime and
/// <see cref="CourseMetrics"/>) and, when exported over OTLP (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set: logs too), traces
/// (ASP.NET Core, HttpClient, EF Core, Npgsql). Metrics are scraped by Prometheus on
/// <see cref="TelemetryOptions.PrometheusPort"/> when set. Console logs are JSON in
/// Production, for the cluster's log collector.
/// </summary>
internal static class TelemetryRegistration
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private static readonly string[] _unTracedPaths = ["/healthz", "/readyz", "/metrics"];

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<CourseMetrics>();
        builder.Services.AddScoped<CircuitHandler, OpenCircuitsHandler>();
        builder.Services.AddHostedService<FeedGauges>();

        if (builder.Environment.IsProduction())
        {
            builder.Logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
        }

        var serviceName = builder.Configuration[$"{TelemetryOptions.Section}:{nameof(TelemetryOptions.ServiceName)}"] ?? "course-web";
        var prometheusPort = builder.Configuration.GetValue<int?>($"{TelemetryOptions.Section}:{nameof(TelemetryOptions.PrometheusPort)}");
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(CourseMetrics.MeterName);
                if (prometheusPort is not null)
                {
                    metrics.AddPrometheusExporter();
                }
            });

        // Traces have nowhere to go but OTLP: without it, recording an activity per request was pure cost (about 5 % of
        // the time spent serving a page-cache hit, in a profile).
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                        !_unTracedPaths.Contains(context.Request.Path.Value, StringComparer.Ordinal))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddNpgsql())
                .UseOtlpExporter();
        }

        if (prometheusPort is { } port)
        {
            ListenAlsoOn(builder.Configuration, port);
        }

        return builder;
    }

    /// <summary>Maps <c>/metrics</c> on the Prometheus port only, so the Service and the Ingress never expose it.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.PrometheusPort is { } port)
        {
            app.MapPrometheusScrapingEndpoint().RequireHost($"*:{port}");
        }

        return app;
    }

    // Adds the scrape port to the addresses Kestrel would use anyway (URLS, else HTTP_PORTS, else its default).
    private static void ListenAlsoOn(IConfigurationManager configuration, int port)
    {
        var urls = configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            var ports = configuration["http_ports"];
            urls = string.IsNullOrWhiteSpace(ports)
                ? "http://localhost:5000"
                : string.Join(';', ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(p => $"http://*:{p}"));
        }

        configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("urls", $"{urls};http://*:{port}")]);
    }
}
