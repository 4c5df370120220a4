using System.Globalization;
using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Http;

namespace Course.Tests.Infrastructure.Kubernetes;

public sealed partial class FakeKubernetesApi
{
    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            await AnswerAsync(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            // A bug of the fake itself shows in the test's failure rather than as a bare 500.
            await WriteStatusAsync(context, 500, "InternalError", ex.ToString());
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        if (Unreachable)
        {
            context.Abort();
            return;
        }

        if (Unauthorized)
        {
            await WriteStatusAsync(context, 401, "Unauthorized", "Unauthorized");
            return;
        }

        // /api/v1[/namespaces/{ns}]/{plural}[/{name}[/scale]] or /apis/apps/v1/...
        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        var rest = segments switch
        {
            ["api", "v1", .. var tail] => tail,
            ["apis", "apps", "v1", .. var tail] => tail,
            _ => null,
        };
        string? @namespace = null;
        if (rest is ["namespaces", var ns, .. var afterNamespace] && afterNamespace.Length > 0)
        {
            @namespace = ns;
            rest = afterNamespace;
        }

        if (rest is null || rest.Length == 0 || !_resources.TryGetValue(rest[0], out var resource))
        {
            await WriteStatusAsync(context, 404, "NotFound", "the server could not find the requested resource");
            return;
        }

        switch (rest)
        {
            case [_] when context.Request.Method == "GET":
                await ListOrWatchAsync(context, resource, @namespace);
                break;
            case [_, var name] when context.Request.Method == "GET":
                await GetAsync(context, resource, @namespace, name);
                break;
            case ["deployments", var name, "scale"]:
                await ScaleAsync(context, @namespace, name);
                break;
            default:
                await WriteStatusAsync(context, 405, "MethodNotAllowed", "the server does not allow this method on the requested resource");
                break;
        }
    }

    private async Task ListOrWatchAsync(HttpContext context, FakeResourceSet resource, string? @namespace)
    {
        var query = context.Request.Query;
        var watch = query["watch"] == "true" || query["watch"] == "1";
        var verb = watch ? "watch" : "list";
        var authorization = context.Request.Headers.Authorization.ToString();
        _requests.Enqueue((authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : "", verb, resource.Plural));
        if (IsForbidden(verb, resource.Plural))
        {
            await WriteForbiddenAsync(context, verb, resource, @namespace);
            return;
        }

        if (!watch)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(resource.ListJson(@namespace));
            return;
        }

        var from = long.TryParse(query["resourceVersion"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : Version;
        var timeout = int.TryParse(query["timeoutSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(30);
        var stream = resource.OpenWatch(@namespace, from, query["allowWatchBookmarks"] == "true");
        context.Response.ContentType = "application/json";
        await context.Response.StartAsync();
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stream.Aborted);
        ends.CancelAfter(timeout);
        try
        {
            await foreach (var line in stream.Lines.Reader.ReadAllAsync(ends.Token))
            {
                await context.Response.WriteAsync(line + "\n", ends.Token);
                await context.Response.Body.FlushAsync(ends.Token);
            }
        }
        catch (OperationCanceledException)
        {
            if (stream.Aborted.IsCancellationRequested)
            {
                // A dropped connection, as a load balancer or a restarting API server would cut it.
                context.Abort();
            }
        }
        finally
        {
            resource.CloseWatch(stream);
        }
    }

    private async Task GetAsync(HttpContext context, FakeResourceSet resource, string? @namespace, string name)
    {
        if (IsForbidden("get", resource.Plural))
        {
            await WriteForbiddenAsync(context, "get", resource, @namespace);
            return;
        }

        if (resource.Get(@namespace, name) is not { } item)
        {
            await WriteStatusAsync(context, 404, "NotFound", $"{resource.Plural} \"{name}\" not found");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(KubernetesJson.Serialize(item));
    }

    private async Task ScaleAsync(HttpContext context, string? @namespace, string name)
    {
        var verb = context.Request.Method switch { "GET" => "get", "PUT" => "update", "PATCH" => "patch", _ => "unknown" };
        if (IsForbidden(verb, "deployments/scale"))
        {
            await WriteForbiddenAsync(context, verb, Deployments, @namespace, "deployments/scale");
            return;
        }

        if (Deployments.Get(@namespace, name) is not V1Deployment deployment)
        {
            await WriteStatusAsync(context, 404, "NotFound", $"deployments.apps \"{name}\" not found");
            return;
        }

        if (verb is "update" or "patch")
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            // A merge patch and a replaced Scale both carry spec.replicas.
            var requested = KubernetesJson.Deserialize<V1Scale>(body);
            if (requested.Spec?.Replicas is not { } replicas || replicas < 0)
            {
                await WriteStatusAsync(context, 422, "Invalid", "spec.replicas: Invalid value");
                return;
            }

            Deployments.Update<V1Deployment>(@namespace, name, d => d.Spec.Replicas = replicas);
            RecordScaleWrite(context.Request.Method, @namespace, name, replicas);
            deployment = (V1Deployment)Deployments.Get(@namespace, name)!;
        }

        var scale = new V1Scale
        {
            ApiVersion = "autoscaling/v1",
            Kind = "Scale",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace, ResourceVersion = deployment.Metadata.ResourceVersion },
            Spec = new V1ScaleSpec { Replicas = deployment.Spec.Replicas },
            Status = new V1ScaleStatus { Replicas = deployment.Status?.Replicas ?? 0 },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(KubernetesJson.Serialize(scale));
    }

    private static Task WriteForbiddenAsync(HttpContext context, string verb, FakeResourceSet resource, string? @namespace, string? plural = null)
    {
        var scope = @namespace is null ? "at the cluster scope" : $"in the namespace \"{@namespace}\"";
        var name = plural ?? resource.Plural;
        var message = $"{name}{(resource.Group.Length > 0 ? "." + resource.Group : "")} is forbidden: User \"system:serviceaccount:default:lab\" cannot {verb} resource \"{name}\" in API group \"{resource.Group}\" {scope}";
        return WriteStatusAsync(context, 403, "Forbidden", message, name, resource.Group);
    }

    private static async Task WriteStatusAsync(HttpContext context, int code, string reason, string message, string? kind = null, string? group = null)
    {
        // KubernetesClient reads V1Status but its converter cannot write one, so this body is written by hand in the
        // API server's shape (the client parses it back into V1Status for HttpOperationException).
        var status = new
        {
            kind = "Status",
            apiVersion = "v1",
            metadata = new { },
            status = "Failure",
            message,
            reason,
            details = kind is null ? null : new { kind, group },
            code,
        };
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(status));
    }
}
