using System.Globalization;

namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>French labels and numbers for the services panel, invariant ones for its test hooks.</summary>
internal static class ServiceFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Seconds(TimeSpan? value) =>
        value is { } span ? span.TotalSeconds.ToString("0.00", French) + " s" : "—";

    public static string Percent(double ratio) => (ratio * 100).ToString("0", French) + " %";

    public static string HookMilliseconds(TimeSpan? value) =>
        value is { } span ? Math.Round(span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) : string.Empty;

    public static string Name(this DockerCoinsService service) => service switch
    {
        DockerCoinsService.Rng => "rng",
        DockerCoinsService.Hasher => "hasher",
        _ => "webui",
    };

    public static string HookValue(this ServiceStatus status) => status switch
    {
        ServiceStatus.Ok => "ok",
        ServiceStatus.Slow => "slow",
        ServiceStatus.Down => "down",
        ServiceStatus.Waiting => "waiting",
        _ => "not-configured",
    };

    public static string FrenchLabel(this ServiceStatus status) => status switch
    {
        ServiceStatus.Ok => "OK",
        ServiceStatus.Slow => "lent",
        ServiceStatus.Down => "en panne",
        ServiceStatus.Waiting => "en attente de mesure",
        _ => "non configuré",
    };
}
