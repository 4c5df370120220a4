using Course.Web.Components.Cluster.Lab;

namespace ClassroomLabsBench;

/// <summary>
/// One student's simulated two-node kubeadm cluster with DockerCoins deployed: about 30 pods, as the reporter's
/// <see cref="LabSnapshotBuilder"/> would describe them. Change <c>k</c> replaces the oldest of two "moving" worker pods
/// by <c>worker-s{k}</c> (a unique name the pages show as <c>data-pod</c>) and flips node2's Ready condition (which
/// moves the instructor's <c>data-checks-passed</c> by one), as a student deleting pods and rebooting a node would.
/// </summary>
internal static class FakeLab
{
    /// <summary>The name of the worker pod that change <paramref name="sequence"/> adds.</summary>
    public static string MovingPod(int sequence) => $"worker-s{sequence}";

    /// <summary>True when node2 is Ready after change <paramref name="sequence"/>.</summary>
    public static bool Node2Ready(int sequence) => sequence % 2 == 0;

    public static LabSnapshot Snapshot(int student, int sequence, DateTimeOffset at)
    {
        var node2Ready = Node2Ready(sequence);
        var created = at.AddHours(-1);
        LabPod System(string name, string component, string node, string @namespace = "kube-system") =>
            new(@namespace, name, component, node, "Running", true, 0, created.AddDays(-1));
        LabPod App(string name, string component, string node) => new("default", name, component, node, "Running", true, 0, created);

        var systemPods = new List<LabPod>
        {
            System("etcd-controlplane", "etcd", "controlplane"),
            System("kube-apiserver-controlplane", "kube-apiserver", "controlplane"),
            System("kube-controller-manager-controlplane", "kube-controller-manager", "controlplane"),
            System("kube-scheduler-controlplane", "kube-scheduler", "controlplane"),
            System("kube-proxy-7xkqz", "kube-proxy", "controlplane"),
            System("kube-proxy-m4d9c", "kube-proxy", "node2"),
            System("coredns-76f75df574-2lq8w", "coredns", "controlplane"),
            System("coredns-76f75df574-q9vtr", "coredns", "node2"),
            System("kube-flannel-ds-5hx2n", "kube-flannel", "controlplane", "kube-flannel"),
            System("kube-flannel-ds-w8r7k", "kube-flannel", "node2", "kube-flannel"),
        };
        var pods = new List<LabPod>
        {
            App("redis-6c5f8d9b7-k2xjp", "redis", "node2"),
            App("hasher-5d8f9c7b6-4mlqz", "hasher", "node2"),
            App("hasher-5d8f9c7b6-9xw2t", "hasher", "controlplane"),
            App("hasher-5d8f9c7b6-hr5vn", "hasher", "node2"),
            App("rng-2xk9p", "rng", "controlplane"),
            App("rng-8mzq4", "rng", "node2"),
            App("webui-7b9c6d5f4-tq3lm", "webui", "node2"),
        };
        for (var i = 0; i < 10; i++)
        {
            pods.Add(App($"worker-6d4b8f7c9-st{student:000}{i}", "worker", i % 2 == 0 ? "node2" : "controlplane"));
        }

        foreach (var moving in new[] { sequence - 1, sequence }.Where(s => s >= 0))
        {
            pods.Add(App(MovingPod(moving), "worker", "node2"));
        }

        return new LabSnapshot(
            at,
            [
                new LabNode("controlplane", "control-plane", true, "v1.31.2", "containerd://1.7.22"),
                new LabNode("node2", "worker", node2Ready, "v1.31.2", "containerd://1.7.22"),
            ],
            systemPods,
            [
                new LabWorkload("redis", LabWorkload.DeploymentKind, 1, 1, 1, "redis"),
                new LabWorkload("hasher", LabWorkload.DeploymentKind, 3, 3, 3, "dockercoins/hasher:v0.1"),
                new LabWorkload("rng", LabWorkload.DaemonSetKind, 2, 2, 2, "dockercoins/rng:v0.1"),
                new LabWorkload("webui", LabWorkload.DeploymentKind, 1, 1, 1, "dockercoins/webui:v0.1"),
                new LabWorkload("worker", LabWorkload.DeploymentKind, 12, 12, 12, "dockercoins/worker:v0.1"),
            ],
            pods,
            [
                new LabService("redis", "ClusterIP", "6379/TCP"),
                new LabService("hasher", "ClusterIP", "80/TCP"),
                new LabService("rng", "ClusterIP", "80/TCP"),
                new LabService("webui", "NodePort", "80:30080/TCP"),
            ]);
    }
}
