using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;
using Course.Tests.Instructor;
using Course.Web.Components.Cluster;
using Course.Web.Components.Instructor.Cohorts;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Course.Tests.Cluster;

/// <summary>
/// Scaling the direct cluster through the scale subresource of the fake API server, with the real KubernetesClient:
/// instructors only (re-checked against the database on each call), bounded, and a French message for each outcome.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterScalerTests(LiveSiteFactory site)
{
    [Fact]
    public async Task An_instructor_scales_a_DockerCoins_deployment_and_students_bad_input_and_403_get_a_French_refusal()
    {
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes().WithDockerCoins(workers: 2);
        using var client = new Kubernetes(api.ClientConfiguration());
        var services = new ServiceCollection().AddSingleton<IKubernetes>(client).BuildServiceProvider();
        var scaler = new ClusterScaler(services, Options.Create(new ClusterOptions { Source = ClusterSourceKind.Direct, KubeConfig = "unused" }),
            site.Services.GetRequiredService<InstructorAccess>(), NullLogger<ClusterScaler>.Instance);
        await TestAccounts.CreateInstructorAsync(site.Services, "formatrice.echelle@example.org");
        await TestAccounts.CreateStudentAsync(site.Services, "etudiant.echelle@example.org");
        var instructor = await InstructorSite.PrincipalAsync(site.Services, "formatrice.echelle@example.org");
        var student = await InstructorSite.PrincipalAsync(site.Services, "etudiant.echelle@example.org");
        int Replicas() => ((V1Deployment)api.Deployments.Get("default", "worker")!).Spec.Replicas!.Value;

        var done = await scaler.ScaleAsync(instructor, "worker", 10);
        Assert.True(done.Succeeded, done.Message);
        Assert.Equal("worker : 10 réplicas demandés. La vue suivra le déploiement.", done.Message);
        Assert.Equal(10, Replicas());

        var refused = await scaler.ScaleAsync(student, "worker", 1);
        Assert.False(refused.Succeeded);
        Assert.Contains("Seuls les formateurs", refused.Message);
        Assert.Contains("kubectl scale", refused.Message);
        Assert.False((await scaler.ScaleAsync(null, "worker", 1)).Succeeded);
        Assert.Contains("pas un déploiement de DockerCoins", (await scaler.ScaleAsync(instructor, "coredns", 1)).Message);
        Assert.Contains("entre 0 et 50", (await scaler.ScaleAsync(instructor, "worker", 51)).Message);
        Assert.Equal(10, Replicas());

        api.Forbid("patch", "deployments/scale");
        var forbidden = await scaler.ScaleAsync(instructor, "worker", 3);
        Assert.False(forbidden.Succeeded);
        Assert.Contains("« patch » sur « deployments/scale »", forbidden.Message);
        Assert.Equal(10, Replicas());

        var demonstration = new ClusterScaler(services, Options.Create(new ClusterOptions { Source = ClusterSourceKind.Demonstration }),
            site.Services.GetRequiredService<InstructorAccess>(), NullLogger<ClusterScaler>.Instance);
        Assert.False(demonstration.IsAvailable);
        Assert.Contains("ne lit pas de cluster directement", (await demonstration.ScaleAsync(instructor, "worker", 3)).Message);
    }
}
