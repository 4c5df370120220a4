using Course.Web.Components.Cluster.Lab;
using k8s.Models;

namespace Course.Web.Components.Cluster.Demonstration;

/// <summary>
/// The simulated cluster's objects: what <c>kubeadm init</c>, two <c>kubeadm join</c>, flannel and the lab chapter's
/// DockerCoins would show, as KubernetesClient objects, so the demonstration goes through the same snapshot builder
/// and checks as a real cluster.
/// </summary>
internal static class DemonstrationCluster
{
    public const string Namespace = "default";
    public const string KubeletVersion = "v1.34.2";
    private static readonly string[] NodeNames = ["controlplane", "worker1", "worker2"];

    public static LabSnapshot Snapshot(DateTimeOffset started, DateTimeOffset at, int desiredWorkers, int readyWorkers)
    {
        var created = started.UtcDateTime;
        var nodes = NodeNames.Select((name, i) => Node(name, i == 0)).ToList();
        var pods = new List<V1Pod>();
        foreach (var component in LabComponents.ControlPlane)
        {
            pods.Add(Pod("kube-system", $"{component}-controlplane", "controlplane", created, ("component", component)));
        }

        for (var i = 0; i < NodeNames.Length; i++)
        {
            pods.Add(Pod("kube-system", $"kube-proxy-{Suffix(i)}", NodeNames[i], created, ("k8s-app", "kube-proxy")));
            pods.Add(Pod("kube-flannel", $"kube-flannel-ds-{Suffix(i + 7)}", NodeNames[i], created, ("app", "flannel")));
        }

        var deployments = new List<V1Deployment>();
        var services = new List<V1Service>();
        foreach (var name in LabComponents.DockerCoins)
        {
            var desired = name == "worker" ? desiredWorkers : 1;
            var ready = name == "worker" ? readyWorkers : 1;
            deployments.Add(Deployment(name, desired, ready));
            for (var i = 0; i < Math.Max(desired, ready); i++)
            {
                pods.Add(Pod(Namespace, $"{name}-5d8c7b{Suffix(i + name.Length)}", NodeNames[1 + (i % 2)], created, ("app", name), i < ready));
            }

            if (name != "worker")
            {
                services.Add(Service(name, name == "webui" ? "NodePort" : "ClusterIP", name == "redis" ? 6379 : 80));
            }
        }

        return LabSnapshotBuilder.Build(Namespace, at, nodes, pods, deployments, [], services);
    }

    private static string Suffix(int i) => ((uint)(i * 2654435761u)).ToString("x8")[..5];

    private static V1Node Node(string name, bool controlPlane) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = name,
            Labels = controlPlane ? new Dictionary<string, string> { ["node-role.kubernetes.io/control-plane"] = "" } : new Dictionary<string, string>(),
        },
        Status = new V1NodeStatus
        {
            Conditions = [new V1NodeCondition { Type = "Ready", Status = "True" }],
            NodeInfo = new V1NodeSystemInfo { KubeletVersion = KubeletVersion, ContainerRuntimeVersion = "containerd://1.7.24" },
        },
    };

    private static V1Pod Pod(string @namespace, string name, string node, DateTime created, (string Key, string Value) label, bool ready = true) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace, CreationTimestamp = created, Labels = new Dictionary<string, string> { [label.Key] = label.Value } },
        Spec = new V1PodSpec { NodeName = node },
        Status = new V1PodStatus
        {
            Phase = ready ? "Running" : "Pending",
            Conditions = [new V1PodCondition { Type = "Ready", Status = ready ? "True" : "False" }],
        },
    };

    private static V1Deployment Deployment(string name, int desired, int ready) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = Namespace },
        Spec = new V1DeploymentSpec
        {
            Replicas = desired,
            Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = name, Image = name == "redis" ? "redis" : $"dockercoins/{name}:v0.1" }] } },
        },
        Status = new V1DeploymentStatus { ReadyReplicas = ready, AvailableReplicas = ready, Replicas = Math.Max(desired, ready) },
    };

    private static V1Service Service(string name, string type, int port) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = Namespace },
        Spec = new V1ServiceSpec { Type = type, Ports = [new V1ServicePort { Port = port, Protocol = "TCP", NodePort = type == "NodePort" ? 30080 : null }] },
    };
}
