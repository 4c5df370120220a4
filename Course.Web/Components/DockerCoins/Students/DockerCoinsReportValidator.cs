using Course.Web.Components.DockerCoins.Probes;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// Bounds the DockerCoins part of a reporter push, which comes from machines the site does not control. Returns the
/// French reason for a refusal, or null when it is acceptable (or absent).
/// </summary>
internal static class DockerCoinsReportValidator
{
    /// <summary>Two minutes of counter reads: a reporter that could not push for a while sends what it kept.</summary>
    public const int MaxCounters = 120;

    /// <summary>Two minutes of probe rounds of three services every second (the shortest probe interval is longer).</summary>
    public const int MaxProbes = 360;

    public const int MaxErrorLength = 200;
    public const double MaxLatencyMs = 60_000;
    private const int MaxWorkers = 10_000;

    public static string? Problem(DockerCoinsReport? report)
    {
        if (report is null)
        {
            return null;
        }

        if (report.Counters is null || report.Probes is null)
        {
            return "Rapport DockerCoins incomplet : counters et probes sont obligatoires.";
        }

        if (report.Counters.Count > MaxCounters || report.Probes.Count > MaxProbes)
        {
            return "Rapport DockerCoins trop grand : trop de mesures.";
        }

        // Deserialized records may hold nulls whatever their declared types say.
        if (report.Counters.Any(c => c is null || c.Hashes < 0 || c.Coins < 0))
        {
            return "Rapport DockerCoins invalide : un compteur manque ou est négatif.";
        }

        for (var i = 1; i < report.Counters.Count; i++)
        {
            if (report.Counters[i].At <= report.Counters[i - 1].At)
            {
                return "Rapport DockerCoins invalide : les lectures des compteurs ne sont pas dans l’ordre du temps.";
            }
        }

        if (report.Probes.Any(p => p is null || !ServiceNames.TryParse(p.Service, out _)))
        {
            return "Rapport DockerCoins invalide : service inconnu (rng, hasher ou webui attendu).";
        }

        if (report.Probes.Any(p => p.LatencyMs is < 0 or > MaxLatencyMs or double.NaN || (p.Error is null && p.LatencyMs is null)
            || p.Workers is < 0 or > MaxWorkers))
        {
            return "Rapport DockerCoins invalide : latence ou nombre de workers hors limites.";
        }

        if (report.Probes.Any(p => p.Error is { } error && (error.Length > MaxErrorLength || error.Any(char.IsControl))))
        {
            return "Rapport DockerCoins invalide : message d’erreur trop long ou contenant des caractères de contrôle.";
        }

        return null;
    }
}
