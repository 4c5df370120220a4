using Course.Web.Components.Cluster;
using Course.Web.Components.Health;
using k8s.Models;

namespace Course.Tests.Deploy;

/// <summary>
/// Both overlays of the site (deploy/kubernetes/overlays), rendered by kubectl and parsed into typed objects: what
/// selects what, which ports the probes and Services use, who may do what in the cluster, and how the pods run.
/// </summary>
public sealed class KubernetesManifestTests
{
    private const string Site = "course-web";

    public static TheoryData<string> Overlays => ["overlays/dev", "overlays/production"];

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Selectors_match_labels_and_every_reference_resolves(string overlay)
    {
        var manifests = await RenderedManifests.RenderAsync(overlay);

        foreach (var deployment in manifests.OfKind<V1Deployment>())
        {
            Assert.True(RenderedManifests.Matches(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels), deployment.Metadata.Name);
        }

        foreach (var statefulSet in manifests.OfKind<V1StatefulSet>())
        {
            Assert.True(RenderedManifests.Matches(statefulSet.Spec.Selector.MatchLabels, statefulSet.Spec.Template.Metadata.Labels), statefulSet.Metadata.Name);
            Assert.Single(manifests.OfKind<V1Service>(), s => s.Metadata.Name == statefulSet.Spec.ServiceName);
        }

        foreach (var service in manifests.OfKind<V1Service>())
        {
            var pods = manifests.Selected(service.Metadata.NamespaceProperty, service.Spec.Selector).ToList();
            Assert.True(pods.Count > 0, $"Service {service.Metadata.Name} selects no pod.");
            foreach (var port in service.Spec.Ports)
            {
                Assert.All(pods, pod => Assert.Contains(pod.Spec.Containers, c => RenderedManifests.HasPort(c, port.TargetPort ?? (IntOrString)port.Port)));
            }
        }

        foreach (var budget in manifests.OfKind<V1PodDisruptionBudget>())
        {
            Assert.NotEmpty(manifests.Selected(budget.Metadata.NamespaceProperty, budget.Spec.Selector.MatchLabels));
        }

        foreach (var ingress in manifests.OfKind<V1Ingress>())
        {
            foreach (var backend in ingress.Spec.Rules.SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service))
            {
                var service = manifests.OfKind<V1Service>().Single(s => s.Metadata.Name == backend.Name && s.Metadata.NamespaceProperty == ingress.Metadata.NamespaceProperty);
                Assert.Contains(service.Spec.Ports, p => p.Name == backend.Port.Name || p.Port == backend.Port.Number);
            }
        }

        foreach (var (owner, ns, template) in manifests.PodTemplates())
        {
            foreach (var container in template.Spec.Containers)
            {
                foreach (var source in container.EnvFrom ?? [])
                {
                    Assert.True(source.ConfigMapRef is null || manifests.OfKind<V1ConfigMap>().Any(m => m.Metadata.Name == source.ConfigMapRef.Name && m.Metadata.NamespaceProperty == ns), $"{owner}: ConfigMap {source.ConfigMapRef?.Name}");
                    Assert.True(source.SecretRef is null || manifests.OfKind<V1Secret>().Any(s => s.Metadata.Name == source.SecretRef.Name && s.Metadata.NamespaceProperty == ns), $"{owner}: Secret {source.SecretRef?.Name}");
                }

                foreach (var key in (container.Env ?? []).Select(e => e.ValueFrom?.SecretKeyRef).OfType<V1SecretKeySelector>())
                {
                    var secret = manifests.OfKind<V1Secret>().Single(s => s.Metadata.Name == key.Name && s.Metadata.NamespaceProperty == ns);
                    Assert.True(secret.StringData?.ContainsKey(key.Key) == true || secret.Data?.ContainsKey(key.Key) == true, $"{owner}: {key.Name}/{key.Key}");
                }

                foreach (var probe in new[] { container.StartupProbe, container.LivenessProbe, container.ReadinessProbe }.Where(p => p?.HttpGet is not null))
                {
                    Assert.True(RenderedManifests.HasPort(container, probe!.HttpGet.Port), $"{owner}: probe on port {probe.HttpGet.Port.Value}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task The_site_probes_its_health_endpoints_and_publishes_its_public_address(string overlay)
    {
        var manifests = await RenderedManifests.RenderAsync(overlay);
        var deployment = manifests.Single<V1Deployment>(Site);
        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);

        Assert.Equal(HealthRegistration.LivenessPath, container.LivenessProbe.HttpGet.Path);
        Assert.Equal(HealthRegistration.LivenessPath, container.StartupProbe.HttpGet.Path);
        Assert.Equal(HealthRegistration.ReadinessPath, container.ReadinessProbe.HttpGet.Path);
        var settings = manifests.Single<V1ConfigMap>("course-web-settings").Data;
        Assert.True(Uri.TryCreate(settings["Site__PublicUrl"], UriKind.Absolute, out var publicUrl), "Site__PublicUrl");
        var host = Assert.Single(manifests.Single<V1Ingress>(Site).Spec.Rules).Host;
        Assert.Equal(publicUrl.Host, host);
        Assert.Equal("Postgres", settings["Database__Provider"]);
        Assert.Contains(container.Ports, p => p.Name == "metrics" && p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == settings["Telemetry__PrometheusPort"]);
        // The scrape port stays inside the cluster network: no Service exposes it.
        Assert.DoesNotContain(manifests.OfKind<V1Service>().SelectMany(s => s.Spec.Ports), p => p.TargetPort?.Value is "metrics" or "9464");
        var ingress = manifests.Single<V1Ingress>(Site);
        Assert.Equal("cookie", ingress.Metadata.Annotations["nginx.ingress.kubernetes.io/affinity"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task The_site_account_is_granted_exactly_the_clusters_permissions_of_the_code(string overlay)
    {
        var manifests = await RenderedManifests.RenderAsync(overlay);
        var deployment = manifests.Single<V1Deployment>(Site);
        var ns = deployment.Metadata.NamespaceProperty;
        Assert.Single(manifests.OfKind<V1ServiceAccount>(), a => a.Metadata.Name == deployment.Spec.Template.Spec.ServiceAccountName && a.Metadata.NamespaceProperty == ns);

        var granted = manifests.GrantsOf(ns, deployment.Spec.Template.Spec.ServiceAccountName);
        var expected = ClusterPermissions.Direct
            .SelectMany(p => p.Verbs.Select(verb => (p.ApiGroup, p.Resource, verb)))
            .ToHashSet();

        Assert.Equal(expected.Order(), granted.Order());
        foreach (var binding in manifests.OfKind<V1ClusterRoleBinding>())
        {
            Assert.All(binding.Subjects, s => Assert.Contains(manifests.OfKind<V1ServiceAccount>(), a => a.Metadata.Name == s.Name && a.Metadata.NamespaceProperty == s.NamespaceProperty));
        }

        // Other pods (PostgreSQL) get no API token at all.
        Assert.All(manifests.PodTemplates().Where(p => p.Template.Spec.ServiceAccountName is null), p => Assert.False(p.Template.Spec.AutomountServiceAccountToken ?? true, p.Owner));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_container_runs_non_root_on_a_read_only_root_filesystem_within_its_resources(string overlay)
    {
        var manifests = await RenderedManifests.RenderAsync(overlay);

        foreach (var (owner, _, template) in manifests.PodTemplates())
        {
            foreach (var container in template.Spec.Containers.Concat(template.Spec.InitContainers ?? []))
            {
                var name = $"{owner}/{container.Name}";
                Assert.True(container.SecurityContext?.RunAsNonRoot ?? template.Spec.SecurityContext?.RunAsNonRoot, $"{name}: runAsNonRoot");
                Assert.NotEqual(0, container.SecurityContext?.RunAsUser ?? template.Spec.SecurityContext?.RunAsUser);
                Assert.True(container.SecurityContext?.ReadOnlyRootFilesystem, $"{name}: readOnlyRootFilesystem");
                Assert.False(container.SecurityContext?.AllowPrivilegeEscalation ?? true, $"{name}: allowPrivilegeEscalation");
                Assert.Contains("ALL", container.SecurityContext?.Capabilities?.Drop ?? []);
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.True(container.Resources?.Requests?.ContainsKey(resource), $"{name}: requests.{resource}");
                    Assert.True(container.Resources?.Limits?.ContainsKey(resource), $"{name}: limits.{resource}");
                }

                // Writable places are volumes, each mounted: emptyDir only where a process writes.
                Assert.All(container.VolumeMounts ?? [], m => Assert.Contains(
                    (template.Spec.Volumes ?? []).Select(v => v.Name).Concat((manifests.OfKind<V1StatefulSet>().SelectMany(s => s.Spec.VolumeClaimTemplates ?? []).Select(c => c.Metadata.Name))), v => v == m.Name));
            }
        }
    }

    [Fact]
    public async Task Dev_runs_its_own_PostgreSQL_and_production_two_replicas_on_an_external_one_and_neither_ships_DockerCoins()
    {
        var dev = await RenderedManifests.RenderAsync("overlays/dev");
        var production = await RenderedManifests.RenderAsync("overlays/production");

        var postgres = Assert.Single(dev.OfKind<V1StatefulSet>());
        Assert.NotEmpty(postgres.Spec.VolumeClaimTemplates);
        Assert.Contains("Host=course-postgres;", dev.Single<V1Secret>("course-web-secrets").StringData["ConnectionStrings__Course"]);
        Assert.Empty(production.OfKind<V1StatefulSet>());
        Assert.Equal(2, production.Single<V1Deployment>(Site).Spec.Replicas);
        Assert.NotEmpty(production.Single<V1Ingress>(Site).Spec.Tls);
        Assert.Equal("1", production.Single<V1PodDisruptionBudget>(Site).Spec.MaxUnavailable?.Value);

        string[] dockerCoins = ["redis", "rng", "hasher", "webui", "worker"];
        foreach (var manifests in new[] { dev, production })
        {
            Assert.DoesNotContain(manifests.Objects.OfType<IMetadata<V1ObjectMeta>>(), o => dockerCoins.Contains(o.Metadata.Name));
            Assert.DoesNotContain(manifests.PodTemplates().SelectMany(p => p.Template.Spec.Containers), c => c.Image.StartsWith("dockercoins/", StringComparison.Ordinal) || c.Image.StartsWith("redis", StringComparison.Ordinal));
        }
    }
}
