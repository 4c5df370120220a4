using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Reporter;
using k8s.Models;

namespace Course.Tests.Deploy;

/// <summary>
/// The lab reporter's YAML (what /labo/agent.yaml serves each student), rendered by the site's own code and checked
/// like the overlays: it runs in the student's cluster, so it may read and nothing more.
/// </summary>
public sealed class LabReporterManifestTests
{
    private const string SiteUrl = "https://cours.example.org";
    private const string Token = "lab_AbC-dEf_0123456789abcdefghijkl";
    private static readonly string[] ReadVerbs = ["get", "list", "watch"];

    private static RenderedManifests Render() =>
        RenderedManifests.Parse(LabReporterManifest.Render(SiteUrl, Token, "registry.example.org/cours-kubernetes/course-web:1.0.0"));

    [Fact]
    public void References_resolve_and_the_reporter_runs_non_root_on_a_read_only_root_filesystem_within_its_resources()
    {
        var manifests = Render();

        ManifestChecks.ReferencesResolve(manifests);
        ManifestChecks.PodsRunHardened(manifests);
        var deployment = Assert.Single(manifests.OfKind<V1Deployment>());
        Assert.Equal(1, deployment.Spec.Replicas);
        Assert.All(manifests.Objects.OfType<IMetadata<V1ObjectMeta>>().Where(o => o is not (V1Namespace or V1ClusterRole or V1ClusterRoleBinding)),
            o => Assert.Equal(LabReporterManifest.Namespace, o.Metadata.NamespaceProperty));
    }

    [Fact]
    public void Its_account_may_only_read_exactly_what_the_reporter_needs()
    {
        var manifests = Render();
        var pod = Assert.Single(manifests.PodTemplates()).Template.Spec;

        var granted = manifests.GrantsOf(LabReporterManifest.Namespace, pod.ServiceAccountName);
        var expected = ClusterPermissions.Reporter.SelectMany(p => p.Verbs.Select(verb => (p.ApiGroup, p.Resource, verb))).ToHashSet();
        Assert.Equal(expected.Order(), granted.Order());

        // Read-only, whatever the list says: every rule of every role in the file, bound or not, and no wildcard.
        var rules = manifests.OfKind<V1ClusterRole>().SelectMany(r => r.Rules).Concat(manifests.OfKind<V1Role>().SelectMany(r => r.Rules)).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules.SelectMany(r => r.Verbs), verb => Assert.Contains(verb, ReadVerbs));
        Assert.DoesNotContain("*", rules.SelectMany(r => r.Resources.Concat(r.ApiGroups)));
        Assert.DoesNotContain(rules, r => r.Resources.Contains("secrets"));
        Assert.All(manifests.OfKind<V1ClusterRoleBinding>(), b => Assert.Equal(LabReporterManifest.Name, b.RoleRef.Name));
    }

    [Fact]
    public void It_carries_the_sites_public_address_and_the_students_token_in_a_secret()
    {
        var manifests = Render();
        var container = Assert.Single(Assert.Single(manifests.PodTemplates()).Template.Spec.Containers);

        Assert.Equal(["report"], container.Args);
        Assert.Equal(SiteUrl, Assert.Single(container.Env, e => e.Name == "LAB_SITE_URL").Value);
        var token = Assert.Single(container.Env, e => e.Name == "LAB_TOKEN");
        Assert.Null(token.Value);
        Assert.Equal(Token, manifests.Single<V1Secret>(token.ValueFrom.SecretKeyRef.Name).StringData[token.ValueFrom.SecretKeyRef.Key]);
    }
}
