using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.DockerCoins.Students;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// Bounds what a reporter may store: the payload comes from machines the site does not control. Returns the French
/// reason for a refusal, or null when the report is acceptable.
/// </summary>
internal static class LabReportValidator
{
    /// <summary>The largest push accepted; a real lab's snapshot is a few kilobytes.</summary>
    public const int MaxBytes = 64 * 1024;

    private const int MaxName = 253;
    private const int MaxReplicas = 10_000;

    public static string? Problem(LabReport? report)
    {
        if (report is null)
        {
            return "Rapport vide.";
        }

        if (DockerCoinsReportValidator.Problem(report.DockerCoins) is { } dockerCoinsProblem)
        {
            return dockerCoinsProblem;
        }

        if (report.Snapshot is not { } s)
        {
            return null;
        }

        if (s.Nodes is null || s.SystemPods is null || s.Workloads is null || s.Pods is null || s.Services is null)
        {
            return "Rapport incomplet : nodes, systemPods, workloads, pods et services sont obligatoires.";
        }

        if (s.Nodes.Count > 100 || s.SystemPods.Count > 400 || s.Workloads.Count > 20 || s.Pods.Count > LabSnapshotBuilder.MaxPods || s.Services.Count > 50)
        {
            return "Rapport trop grand : trop d’objets.";
        }

        // Deserialized records may hold nulls whatever their declared types say.
        IEnumerable<string?> names = s.Nodes.SelectMany(n => n is null ? [null] : new string?[] { n.Name, n.Role, n.KubeletVersion, n.Runtime })
            .Concat(s.SystemPods.Concat(s.Pods).SelectMany(p => p is null ? [null] : new string?[] { p.Namespace, p.Name, p.Component, p.Phase, p.Node ?? "" }))
            .Concat(s.Workloads.SelectMany(w => w is null ? [null] : new string?[] { w.Name, w.Kind, w.Image }))
            .Concat(s.Services.SelectMany(v => v is null ? [null] : new string?[] { v.Name, v.Type, v.Ports }));
        if (names.Any(n => n is null || n.Length > MaxName || n.Any(char.IsControl)))
        {
            return "Rapport invalide : un nom manque, est trop long ou contient des caractères de contrôle.";
        }

        if (s.Workloads.Any(w => w.Kind is not (LabWorkload.DeploymentKind or LabWorkload.DaemonSetKind)
            || w.Desired is < 0 or > MaxReplicas || w.Ready is < 0 or > MaxReplicas || w.Available is < 0 or > MaxReplicas))
        {
            return "Rapport invalide : type de charge ou nombre de réplicas hors limites.";
        }

        if (s.Nodes.Any(n => n.Role is not ("control-plane" or "worker")) || s.SystemPods.Concat(s.Pods).Any(p => p.Restarts < 0))
        {
            return "Rapport invalide : rôle de nœud ou redémarrages hors limites.";
        }

        return null;
    }
}
