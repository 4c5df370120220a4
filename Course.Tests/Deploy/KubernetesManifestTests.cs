using Course.Web.Components.Cluster;
using Course.Web.Components.Health;
using k8s;
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
        ManifestChecks.ReferencesResolve(await RenderedManifests.RenderAsync(overlay));
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
        // The lab reporter's YAML runs this same image in report mode: kustomize's `images:` does not reach ConfigMaps.
        Assert.Equal(container.Image, settings["Labo__ReporterImage"]);
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
        ManifestChecks.PodsRunHardened(await RenderedManifests.RenderAsync(overlay));
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

    [Fact]
    public async Task Dev_and_production_can_be_applied_to_one_cluster_without_overwriting_each_other()
    {
        static HashSet<string> Identities(RenderedManifests manifests) => manifests.Objects.OfType<IKubernetesObject<V1ObjectMeta>>()
            .Select(o => $"{o.ApiVersion.Split('/')[0]}/{o.Kind}/{o.Metadata.NamespaceProperty}/{o.Metadata.Name}")
            .ToHashSet();

        var dev = await RenderedManifests.RenderAsync("overlays/dev");
        var production = await RenderedManifests.RenderAsync("overlays/production");

        // Cluster-scoped objects (Namespace, ClusterRole, ClusterRoleBinding) are where two overlays would collide.
        Assert.Empty(Identities(dev).Intersect(Identities(production)));
        Assert.Equal(2, dev.OfKind<V1ClusterRole>().Concat(production.OfKind<V1ClusterRole>()).Select(r => r.Metadata.Name).Distinct().Count());
    }
}
