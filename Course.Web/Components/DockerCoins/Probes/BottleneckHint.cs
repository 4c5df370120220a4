namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>The service whose latency grows with the worker count, with the measurements that show it and the fix.</summary>
internal sealed record BottleneckHint(
    DockerCoinsService Service,
    int FewWorkers,
    TimeSpan LatencyWithFewWorkers,
    int ManyWorkers,
    TimeSpan LatencyWithManyWorkers)
{
    /// <summary>E.g. « rng : 0,10 s → 0,95 s quand worker passe de 1 à 10 : rng sert une requête à la fois ».</summary>
    public string Finding =>
        $"{Service.Name()} : {ServiceFormat.Seconds(LatencyWithFewWorkers)} → {ServiceFormat.Seconds(LatencyWithManyWorkers)} " +
        $"quand worker passe de {FewWorkers} à {ManyWorkers} : {Service.Name()} sert une requête à la fois";

    /// <summary>The fix chapter 6 teaches (rng as a DaemonSet), or more replicas for another service.</summary>
    public string Fix => Service == DockerCoinsService.Rng
        ? "Faites tourner rng en DaemonSet (un pod par nœud, chapitre 6), ou donnez-lui plus de répliques."
        : $"Donnez plus de répliques à {Service.Name()} : chacune sert ses requêtes en parallèle des autres.";

    public string Command => Service == DockerCoinsService.Rng
        ? "kubectl apply -f rng-daemonset.yaml"
        : $"kubectl scale deployment {Service.Name()} --replicas=3";
}
