using k8s.Models;

namespace Course.Tests.Infrastructure.Kubernetes;

/// <summary>
/// Realistic objects for the fake API server, as a student's cluster shows them: a kubeadm control plane and
/// workers (chapter 1), flannel in <c>kube-flannel</c>, and the DockerCoins workloads of the lab chapter.
/// </summary>
public static class KubeadmLab
{
    public const string KubeletVersion = "v1.34.2";

    /// <summary>kubeadm's two nodes of chapter 1 (control plane <c>node1</c>, worker <c>node2</c>) with its static pods and kube-proxy.</summary>
    public static FakeKubernetesApi WithKubeadmNodes(this FakeKubernetesApi api, params string[] workers)
    {
        api.Nodes.Apply(Node("node1", controlPlane: true));
        foreach (var worker in workers.Length == 0 ? ["node2"] : workers)
        {
            api.Nodes.Apply(Node(worker, controlPlane: false));
        }

        foreach (var component in new[] { "kube-apiserver", "kube-scheduler", "kube-controller-manager", "etcd" })
        {
            api.Pods.Apply(Pod("kube-system", $"{component}-node1", "node1", ("component", component), ("tier", "control-plane")));
        }

        api.DaemonSets.Apply(DaemonSet("kube-system", "kube-proxy", "registry.k8s.io/kube-proxy:" + KubeletVersion, 1 + Math.Max(1, workers.Length)));
        var index = 0;
        foreach (var node in new[] { "node1" }.Concat(workers.Length == 0 ? ["node2"] : workers))
        {
            api.Pods.Apply(Pod("kube-system", $"kube-proxy-{index++:x5}", node, ("k8s-app", "kube-proxy")));
        }

        return api;
    }

    /// <summary>flannel as its manifest installs it: a DaemonSet in the <c>kube-flannel</c> namespace, one pod per node.</summary>
    public static FakeKubernetesApi WithFlannel(this FakeKubernetesApi api, params string[] nodes)
    {
        nodes = nodes.Length == 0 ? ["node1", "node2"] : nodes;
        api.DaemonSets.Apply(DaemonSet("kube-flannel", "kube-flannel-ds", "ghcr.io/flannel-io/flannel:v0.27.0", nodes.Length));
        for (var i = 0; i < nodes.Length; i++)
        {
            api.Pods.Apply(Pod("kube-flannel", $"kube-flannel-ds-{i:x5}", nodes[i], ("app", "flannel")));
        }

        return api;
    }

    /// <summary>
    /// The lab chapter's DockerCoins: a deployment per component (rng as a DaemonSet when <paramref name="rngDaemonSet"/>),
    /// <paramref name="workers"/> worker replicas, and webui exposed by a NodePort service.
    /// </summary>
    public static FakeKubernetesApi WithDockerCoins(this FakeKubernetesApi api, int workers = 1, bool rngDaemonSet = false, bool exposeWebui = true, string @namespace = "default")
    {
        foreach (var name in new[] { "redis", "hasher", "webui", "worker" }.Concat(rngDaemonSet ? [] : ["rng"]))
        {
            var image = name == "redis" ? "redis" : $"dockercoins/{name}:v0.1";
            api.Deployments.Apply(Deployment(@namespace, name, image, name == "worker" ? workers : 1));
            for (var i = 0; i < (name == "worker" ? workers : 1); i++)
            {
                api.Pods.Apply(Pod(@namespace, $"{name}-7d9f8c-{i:x5}", i % 2 == 0 ? "node2" : "node1", ("app", name)));
            }

            if (name != "worker")
            {
                api.Services.Apply(Service(@namespace, name, name == "webui" && exposeWebui ? "NodePort" : "ClusterIP", name switch { "redis" => 6379, "webui" => 80, _ => 80 }));
            }
        }

        if (rngDaemonSet)
        {
            api.DaemonSets.Apply(DaemonSet(@namespace, "rng", "dockercoins/rng:v0.1", 2, ("app", "rng")));
            api.Pods.Apply(Pod(@namespace, "rng-node1", "node1", ("app", "rng")));
            api.Pods.Apply(Pod(@namespace, "rng-node2", "node2", ("app", "rng")));
            api.Services.Apply(Service(@namespace, "rng", "ClusterIP", 80));
        }

        return api;
    }

    /// <summary>Scales a deployment as the controller would report it once the pods are up.</summary>
    public static void Scale(this FakeKubernetesApi api, string name, int replicas, string @namespace = "default") =>
        api.Deployments.Update<V1Deployment>(@namespace, name, d =>
        {
            d.Spec.Replicas = replicas;
            d.Status = new V1DeploymentStatus { Replicas = replicas, ReadyReplicas = replicas, AvailableReplicas = replicas, UpdatedReplicas = replicas };
        });

    public static void SetNodeReady(this FakeKubernetesApi api, string node, bool ready) =>
        api.Nodes.Update<V1Node>(null, node, n => n.Status.Conditions = [Condition(ready)]);

    public static V1Node Node(string name, bool controlPlane)
    {
        var labels = new Dictionary<string, string> { ["kubernetes.io/hostname"] = name, ["kubernetes.io/os"] = "linux" };
        if (controlPlane)
        {
            labels["node-role.kubernetes.io/control-plane"] = "";
        }

        return new V1Node
        {
            Metadata = new V1ObjectMeta { Name = name, Labels = labels },
            Spec = new V1NodeSpec { PodCIDR = "10.244.0.0/24" },
            Status = new V1NodeStatus
            {
                Conditions = [Condition(true)],
                NodeInfo = new V1NodeSystemInfo
                {
                    KubeletVersion = KubeletVersion,
                    KubeProxyVersion = KubeletVersion,
                    ContainerRuntimeVersion = "containerd://1.7.24",
                    OperatingSystem = "linux",
                    Architecture = "amd64",
                    OsImage = "Debian GNU/Linux 12 (bookworm)",
                    KernelVersion = "6.1.0-28-amd64",
                    MachineID = name, SystemUUID = name, BootID = name,
                },
            },
        };
    }

    public static V1Pod Pod(string @namespace, string name, string node, params (string Key, string Value)[] labels) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace, Labels = labels.ToDictionary(l => l.Key, l => l.Value) },
        Spec = new V1PodSpec { NodeName = node, Containers = [new V1Container { Name = labels.FirstOrDefault().Value ?? name, Image = "image" }] },
        Status = new V1PodStatus
        {
            Phase = "Running",
            Conditions = [new V1PodCondition { Type = "Ready", Status = "True" }],
            ContainerStatuses = [new V1ContainerStatus { Name = "main", Image = "image", ImageID = "id", Ready = true, RestartCount = 0 }],
        },
    };

    public static V1Deployment Deployment(string @namespace, string name, string image, int replicas) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace, Labels = new Dictionary<string, string> { ["app"] = name } },
        Spec = new V1DeploymentSpec
        {
            Replicas = replicas,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = name.Split('/')[0], Image = image }] } },
        },
        Status = new V1DeploymentStatus { Replicas = replicas, ReadyReplicas = replicas, AvailableReplicas = replicas, UpdatedReplicas = replicas },
    };

    public static V1DaemonSet DaemonSet(string @namespace, string name, string image, int nodes, params (string Key, string Value)[] labels) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace, Labels = labels.ToDictionary(l => l.Key, l => l.Value) },
        Spec = new V1DaemonSetSpec
        {
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = name, Image = image }] } },
        },
        Status = new V1DaemonSetStatus { DesiredNumberScheduled = nodes, CurrentNumberScheduled = nodes, NumberReady = nodes, NumberAvailable = nodes, NumberMisscheduled = 0 },
    };

    public static V1Service Service(string @namespace, string name, string type, int port) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace },
        Spec = new V1ServiceSpec
        {
            Type = type,
            Selector = new Dictionary<string, string> { ["app"] = name },
            Ports = [new V1ServicePort { Port = port, Protocol = "TCP", NodePort = type == "NodePort" ? 30000 + port : null }],
        },
    };

    private static V1NodeCondition Condition(bool ready) => new()
    {
        Type = "Ready",
        Status = ready ? "True" : "False",
        Reason = ready ? "KubeletReady" : "KubeletNotReady",
    };
}
