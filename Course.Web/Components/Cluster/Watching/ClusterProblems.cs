using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Course.Web.Components.Cluster.Lab;
using k8s;
using k8s.Autorest;

namespace Course.Web.Components.Cluster.Watching;

/// <summary>Turns a failed API call into the French message the lab view shows, naming the verb and resource that failed.</summary>
internal static class ClusterProblems
{
    public static LabProblem? From(Exception exception, string verb, string resource) => exception switch
    {
        HttpOperationException { Response.StatusCode: HttpStatusCode.Unauthorized } => new(LabProblemKind.Unauthorized,
            "Le serveur d’API refuse nos identifiants (401 Unauthorized) : le jeton ou le certificat du kubeconfig n’est plus valide."),
        HttpOperationException { Response.StatusCode: HttpStatusCode.Forbidden } => new(LabProblemKind.Forbidden,
            $"Permission refusée (403 Forbidden) : le compte ne peut pas faire « {verb} » sur « {resource} ». Ajoutez ce verbe sur cette ressource à son rôle (ClusterRole)."),
        HttpOperationException operation => new(LabProblemKind.Unreachable,
            $"Le serveur d’API répond {(int)operation.Response.StatusCode} à « {verb} {resource} » ; nouvel essai sous peu."),
        JsonException or KubernetesException or FormatException or InvalidCastException => new(LabProblemKind.Malformed,
            $"Le serveur d’API a envoyé un objet illisible pour « {resource} » ; la vue reprendra dès qu’il sera valide."),
        HttpRequestException or IOException or SocketException or TaskCanceledException => new(LabProblemKind.Unreachable,
            "Serveur d’API injoignable : la vue montre le dernier état connu et se reconnecte automatiquement."),
        _ => null,
    };
}
