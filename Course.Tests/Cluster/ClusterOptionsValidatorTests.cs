using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Web.Components.Cluster;

namespace Course.Tests.Cluster;

/// <summary>Wrong cluster settings stop the site at start-up with a message that names the setting.</summary>
public sealed class ClusterOptionsValidatorTests
{
    private readonly ClusterOptionsValidator _validator = new();

    [Fact]
    public void A_missing_kubeconfig_an_unknown_context_or_a_bad_namespace_is_refused_by_name()
    {
        var missing = _validator.Validate(null, new ClusterOptions { KubeConfig = "/nonexistent/kubeconfig" });
        Assert.Contains("Cluster:KubeConfig '/nonexistent/kubeconfig' does not exist", missing.FailureMessage);
        var badNamespace = _validator.Validate(null, new ClusterOptions { Source = ClusterSourceKind.Demonstration, Namespace = "Docker_Coins" });
        Assert.Contains("Cluster:Namespace 'Docker_Coins'", badNamespace.FailureMessage);
    }

    [Fact]
    public async Task A_valid_kubeconfig_passes_and_its_unknown_context_does_not()
    {
        await using var api = await FakeKubernetesApi.StartAsync();
        using var data = new TestDataDirectory();
        var path = api.WriteKubeConfig(data.Path, "lab");
        Assert.True(_validator.Validate(null, new ClusterOptions { KubeConfig = path, Context = "lab" }).Succeeded);
        var unknown = _validator.Validate(null, new ClusterOptions { KubeConfig = path, Context = "elsewhere" });
        Assert.Contains("context 'elsewhere'", unknown.FailureMessage);
        Assert.Equal(ClusterSourceKind.Demonstration, new ClusterOptions().EffectiveSource);
    }
}
