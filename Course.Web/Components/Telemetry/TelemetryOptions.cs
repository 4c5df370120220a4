using System.ComponentModel.DataAnnotations;

namespace Course.Web.Components.Telemetry;

/// <summary>
/// Settings of the telemetry (section "Telemetry"). The OTLP exporter is configured by the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and other <c>OTEL_*</c>) variables, not here.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Port of the Prometheus scrape endpoint (<c>/metrics</c>, only on that port); none means no endpoint.</summary>
    [Range(1, 65535)]
    public int? PrometheusPort { get; set; }

    /// <summary>The service name reported with every trace, metric and log.</summary>
    [Required]
    public string ServiceName { get; set; } = "course-web";
}
