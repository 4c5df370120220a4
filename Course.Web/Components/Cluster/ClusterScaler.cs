using System.Net;
using System.Security.Claims;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Instructor.Cohorts;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Cluster;

/// <summary>
/// Scales a DockerCoins deployment of the site's direct cluster through the scale subresource (the one write in
/// <see cref="ClusterPermissions.Direct"/>). Instructors only, checked against the database on every call, not
/// only when the page loaded; never for a reported lab (the reporter cannot write) nor the simulated cluster.
/// </summary>
internal sealed class ClusterScaler(
    IServiceProvider services, IOptions<ClusterOptions> options, InstructorAccess access, ILogger<ClusterScaler> logger)
{
    /// <summary>The most replicas the site asks for: a class's two-node lab cluster, not a load test.</summary>
    public const int MaxReplicas = 50;

    /// <summary>True when the site reads a cluster directly, the only case where it may scale.</summary>
    public bool IsAvailable => options.Value.EffectiveSource == ClusterSourceKind.Direct;

    public async Task<ScaleResult> ScaleAsync(ClaimsPrincipal? user, string deployment, int replicas, CancellationToken cancellationToken = default)
    {
        if (!IsAvailable)
        {
            return new(false, "Mise à l’échelle impossible : le site ne lit pas de cluster directement.");
        }

        if (await access.InstructorIdAsync(user, cancellationToken) is null)
        {
            return new(false, "Seuls les formateurs peuvent mettre à l’échelle depuis le site ; utilisez kubectl scale.");
        }

        if (!LabComponents.DockerCoins.Contains(deployment))
        {
            return new(false, $"« {deployment} » n’est pas un déploiement de DockerCoins.");
        }

        if (replicas is < 0 or > MaxReplicas)
        {
            return new(false, $"Nombre de réplicas invalide : entre 0 et {MaxReplicas}.");
        }

        var @namespace = options.Value.Namespace;
        try
        {
            var client = services.GetRequiredService<IKubernetes>();
            var patch = new V1Patch($$$"""{"spec":{"replicas":{{{replicas}}}}}""", V1Patch.PatchType.MergePatch);
            var scale = await client.AppsV1.PatchNamespacedDeploymentScaleAsync(patch, deployment, @namespace, cancellationToken: cancellationToken);
            logger.Scaled(@namespace, deployment, replicas);
            return new(true, $"{deployment} : {scale.Spec?.Replicas ?? replicas} réplica{((scale.Spec?.Replicas ?? replicas) > 1 ? "s" : "")} demandé{((scale.Spec?.Replicas ?? replicas) > 1 ? "s" : "")}. La vue suivra le déploiement.");
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.Forbidden)
        {
            return new(false, $"Refusé par le cluster : il manque au site le droit « patch » sur « deployments/scale » (groupe apps) dans l’espace de noms « {@namespace} ».");
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return new(false, $"Le déploiement « {deployment} » n’existe pas dans l’espace de noms « {@namespace} ».");
        }
        catch (HttpOperationException ex)
        {
            return new(false, $"Le cluster a refusé la mise à l’échelle ({(int)ex.Response.StatusCode}).");
        }
        catch (HttpRequestException)
        {
            return new(false, "Le serveur d’API du cluster ne répond pas : réessayez dans un instant.");
        }
    }
}
