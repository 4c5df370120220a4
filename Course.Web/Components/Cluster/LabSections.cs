using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster;

/// <summary>
/// Where the course explains each thing the cluster view shows: a chapter section address (relative to the base href).
/// A test checks that every address names a real section of the shipped course.
/// </summary>
internal static class LabSections
{
    public const string Nodes = "chapitres/architecture-noeuds#kubelet";
    public const string Runtime = "chapitres/architecture-noeuds#container-runtime";
    public const string PodNetwork = "chapitres/introduction#demarrer-le-cluster";
    public const string Workloads = "chapitres/deployer-dockercoins#creer-les-deploiements";
    public const string Services = "chapitres/deployer-dockercoins#exposer-les-services";
    public const string DaemonSet = "chapitres/deployer-dockercoins#corriger-rng-en-daemonset";

    public static string? Component(string component) => component switch
    {
        LabComponents.ApiServer => "chapitres/architecture-maitre#api-server",
        LabComponents.Scheduler => "chapitres/architecture-maitre#scheduler",
        LabComponents.ControllerManager => "chapitres/architecture-maitre#controller-manager",
        LabComponents.Etcd => "chapitres/architecture-maitre#etcd",
        LabComponents.KubeProxy => "chapitres/architecture-noeuds#kube-proxy",
        _ when LabComponents.IsNetworkPlugin(component) => PodNetwork,
        _ => null,
    };

    public static IEnumerable<string> All =>
        new[] { Nodes, Runtime, PodNetwork, Workloads, Services, DaemonSet }
            .Concat(LabComponents.ControlPlane.Append(LabComponents.KubeProxy).Select(c => Component(c)!));
}
