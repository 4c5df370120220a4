namespace Course.Tests.Telemetry;

/// <summary>
/// OpenTelemetry listens to every meter named Course.Web in the process, whichever host created it: the tests that
/// read exported values run alone, after the parallel ones, so no other site's instruments mix in.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}
