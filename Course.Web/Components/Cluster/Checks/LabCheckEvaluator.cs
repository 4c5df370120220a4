using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster.Checks;

/// <summary>
/// Evaluates the checks the chapters declare (front matter <c>labChecks:</c>) on a lab snapshot, by id. Each result
/// says, in French, what was seen, so a failed check tells the student what is missing.
/// </summary>
internal static class LabCheckEvaluator
{
    public const string NodesReady = "nodes-ready";
    public const string PodNetwork = "pod-network";
    public const string DockerCoinsAvailable = "dockercoins-available";
    public const string WebuiExposed = "webui-exposed";
    public const string WorkerScaled = "worker-scaled";
    public const string RngDaemonSet = "rng-daemonset";

    public static readonly string[] KnownIds = [NodesReady, PodNetwork, DockerCoinsAvailable, WebuiExposed, WorkerScaled, RngDaemonSet];

    public static LabCheckOutcome Evaluate(string id, LabSnapshot snapshot) => id switch
    {
        NodesReady => CheckNodes(snapshot),
        PodNetwork => CheckNetwork(snapshot),
        DockerCoinsAvailable => CheckDockerCoins(snapshot),
        WebuiExposed => CheckWebui(snapshot),
        WorkerScaled => CheckWorker(snapshot),
        RngDaemonSet => CheckRng(snapshot),
        _ => new(false, "Cette vérification n’est pas connue du site."),
    };

    private static LabCheckOutcome CheckNodes(LabSnapshot snapshot)
    {
        var ready = snapshot.Nodes.Count(n => n.Ready);
        var notReady = snapshot.Nodes.Where(n => !n.Ready).Select(n => n.Name).ToList();
        var detail = $"{ready} nœud{(ready > 1 ? "s" : "")} Ready sur {snapshot.Nodes.Count}"
            + (notReady.Count > 0 ? $" ; pas prêt : {string.Join(", ", notReady)}" : "") + ".";
        return new(ready >= 2, detail);
    }

    private static LabCheckOutcome CheckNetwork(LabSnapshot snapshot)
    {
        var network = snapshot.SystemPods.Where(p => LabComponents.IsNetworkPlugin(p.Component)).ToList();
        if (network.Count == 0)
        {
            return new(false, "Aucun pod de réseau (flannel, weave-net, calico, cilium…) n’a été trouvé.");
        }

        var nodes = snapshot.Nodes.Select(n => n.Name).ToList();
        var covered = nodes.Where(node => network.Any(p => p.Node == node && p.Phase == "Running" && p.Ready)).ToList();
        var plugin = network[0].Component;
        return new(nodes.Count > 0 && covered.Count == nodes.Count,
            $"{plugin} ({network[0].Namespace}) tourne sur {covered.Count} nœud{(covered.Count > 1 ? "s" : "")} sur {nodes.Count}.");
    }

    private static LabCheckOutcome CheckDockerCoins(LabSnapshot snapshot)
    {
        var missing = LabComponents.DockerCoins
            .Where(name => !snapshot.Workloads.Any(w => w.Name == name && w.Available >= 1 && w.Available >= Math.Min(1, w.Desired)))
            .ToList();
        return missing.Count == 0
            ? new(true, "redis, hasher, rng, webui et worker sont disponibles.")
            : new(false, $"Pas encore disponible : {string.Join(", ", missing)}.");
    }

    private static LabCheckOutcome CheckWebui(LabSnapshot snapshot)
    {
        var service = snapshot.Services.FirstOrDefault(s => s.Name == "webui");
        return service switch
        {
            null => new(false, "Aucun Service « webui »."),
            { Type: "NodePort" or "LoadBalancer" } => new(true, $"Service webui de type {service.Type} ({service.Ports})."),
            _ => new(false, $"Le Service webui est de type {service.Type} : il n’est pas joignable hors du cluster."),
        };
    }

    private static LabCheckOutcome CheckWorker(LabSnapshot snapshot)
    {
        var worker = snapshot.Workloads.FirstOrDefault(w => w.Name == "worker");
        return worker is null
            ? new(false, "Aucune charge de travail « worker ».")
            : new(worker.Ready >= 2, $"worker : {worker.Ready} réplica{(worker.Ready > 1 ? "s" : "")} prêt{(worker.Ready > 1 ? "s" : "")} sur {worker.Desired} demandé{(worker.Desired > 1 ? "s" : "")}.");
    }

    private static LabCheckOutcome CheckRng(LabSnapshot snapshot)
    {
        var rng = snapshot.Workloads.FirstOrDefault(w => w.Name == "rng" && w.Kind == LabWorkload.DaemonSetKind);
        if (rng is null)
        {
            return new(false, snapshot.Workloads.Any(w => w.Name == "rng")
                ? "rng est encore un Deployment : il ne tourne pas sur chaque nœud."
                : "Aucune charge de travail « rng ».");
        }

        var nodes = snapshot.Nodes.Count;
        return new(rng.Ready >= rng.Desired && rng.Desired >= Math.Max(1, nodes - snapshot.Nodes.Count(n => n.Role == "control-plane")),
            $"DaemonSet rng : {rng.Ready} pod{(rng.Ready > 1 ? "s" : "")} prêt{(rng.Ready > 1 ? "s" : "")} sur {rng.Desired} nœud{(rng.Desired > 1 ? "s" : "")} visé{(rng.Desired > 1 ? "s" : "")}.");
    }
}
