using k8s.Models;

namespace Course.Tests.Deploy;

/// <summary>The instructor's demonstration DockerCoins (deploy/kubernetes/examples/dockercoins), as the lab chapter builds it.</summary>
public sealed class DockerCoinsExampleTests
{
    [Fact]
    public async Task Five_deployments_with_their_services_ports_images_and_labels()
    {
        var manifests = await RenderedManifests.RenderAsync("examples/dockercoins");

        var images = manifests.OfKind<V1Deployment>().ToDictionary(d => d.Metadata.Name, d => Assert.Single(d.Spec.Template.Spec.Containers).Image);
        Assert.Equal(new Dictionary<string, string>
        {
            ["redis"] = "redis",
            ["rng"] = "dockercoins/rng:v0.1",
            ["hasher"] = "dockercoins/hasher:v0.1",
            ["webui"] = "dockercoins/webui:v0.1",
            ["worker"] = "dockercoins/worker:v0.1",
        }, images);
        foreach (var deployment in manifests.OfKind<V1Deployment>())
        {
            Assert.Equal(deployment.Metadata.Name, deployment.Spec.Template.Metadata.Labels["app"]);
            Assert.Equal(deployment.Metadata.Name, deployment.Spec.Selector.MatchLabels["app"]);
        }

        var services = manifests.OfKind<V1Service>().ToDictionary(s => s.Metadata.Name, s => (s.Spec.Type, Assert.Single(s.Spec.Ports).Port));
        Assert.Equal(new Dictionary<string, (string, int)>
        {
            ["redis"] = ("ClusterIP", 6379),
            ["rng"] = ("ClusterIP", 80),
            ["hasher"] = ("ClusterIP", 80),
            ["webui"] = ("NodePort", 80),
        }, services);
        foreach (var service in manifests.OfKind<V1Service>())
        {
            var pod = Assert.Single(manifests.Selected(service.Metadata.NamespaceProperty, service.Spec.Selector));
            Assert.True(RenderedManifests.HasPort(pod.Spec.Containers[0], service.Spec.Ports[0].TargetPort), service.Metadata.Name);
        }
    }
}
