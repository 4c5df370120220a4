using System.Text.Json;
using Course.Web.Components.Cluster.Checks;
using Course.Web.Components.DockerCoins.Students;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>The reporter's two addresses: its manifest (<c>/labo/agent.yaml?jeton=</c>) and its push endpoint.</summary>
internal static class LabReporterEndpoints
{
    public const string ManifestPath = "/labo/agent.yaml";
    public const string PushPath = "/labo/rapport";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplication MapLabReporter(this WebApplication app)
    {
        app.MapGet(ManifestPath, ManifestAsync);
        app.MapPost(PushPath, PushAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>The site's address as a student's cluster reaches it.</summary>
    public static string SiteUrl(HttpRequest request, LabReporterOptions options) =>
        (options.PublicUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');

    private static async Task<IResult> ManifestAsync(string? jeton, HttpRequest request, LabTokens tokens, IOptions<LabReporterOptions> options)
    {
        if (await tokens.ValidateAsync(jeton, request.HttpContext.RequestAborted) is null)
        {
            return Results.Text("# Jeton inconnu ou révoqué : créez-en un nouveau depuis « Mon cluster ».\n", "text/plain; charset=utf-8", statusCode: 404);
        }

        var yaml = LabReporterManifest.Render(SiteUrl(request, options.Value), jeton!, options.Value.ReporterImage);
        return Results.Text(yaml, "application/yaml; charset=utf-8");
    }

    private static async Task<IResult> PushAsync(
        HttpContext http, LabTokens tokens, ReportedLabs labs, LabChecks checks, LabCheckProgress progress, ReportedDockerCoins dockerCoins,
        TimeProvider time, ILogger<ReportedLabs> logger)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..].Trim() : null;
        if (await tokens.ValidateAsync(token, http.RequestAborted) is not { } owner)
        {
            logger.PushRefused("unknown or revoked token");
            return Refuse(StatusCodes.Status401Unauthorized, "Jeton inconnu ou révoqué : créez-en un nouveau depuis « Mon cluster ».");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = LabReportValidator.MaxBytes;
        }

        if (http.Request.ContentLength > LabReportValidator.MaxBytes)
        {
            logger.PushRefused("payload too large");
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"Rapport trop volumineux (au plus {LabReportValidator.MaxBytes / 1024} Ko).");
        }

        LabReport? report;
        try
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            if (body.Length > LabReportValidator.MaxBytes)
            {
                return Refuse(StatusCodes.Status413PayloadTooLarge, $"Rapport trop volumineux (au plus {LabReportValidator.MaxBytes / 1024} Ko).");
            }

            body.Position = 0;
            report = await JsonSerializer.DeserializeAsync<LabReport>(body, Json, http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            logger.PushRefused("payload too large");
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"Rapport trop volumineux (au plus {LabReportValidator.MaxBytes / 1024} Ko).");
        }
        catch (BadHttpRequestException exception)
        {
            // A body cut short or too slow (the reporter gave up, or the site was too busy to read it in time) is no
            // oversized report: saying so would send the student looking for the wrong problem.
            logger.PushRefused($"body not received ({exception.StatusCode})");
            return Refuse(exception.StatusCode, "Rapport incomplet : la connexion a été interrompue avant la fin, l’agent le renverra.");
        }
        catch (JsonException)
        {
            logger.PushRefused("malformed JSON");
            return Refuse(StatusCodes.Status400BadRequest, "Rapport illisible : ce n’est pas le JSON attendu.");
        }

        if (LabReportValidator.Problem(report) is { } problem)
        {
            logger.PushRefused(problem);
            return Refuse(StatusCodes.Status400BadRequest, problem);
        }

        // DockerCoins first: the lab's change notification then finds the instructor's grid its new hash rate.
        if (report!.DockerCoins is { } measurements)
        {
            await dockerCoins.AcceptAsync(owner.UserId, measurements, http.RequestAborted);
        }

        // A DockerCoins push every 2 s is also a sign of life; recording one at most every 10 s spares the database.
        var dockerCoinsOnly = report.Snapshot is null && report.DockerCoins is not null
            && labs.Find(owner.UserId)?.Feed.Current.LastContact is { } contact && time.GetUtcNow() - contact < TimeSpan.FromSeconds(10);
        if (!dockerCoinsOnly)
        {
            await labs.AcceptAsync(owner.UserId, owner.Email, report.Snapshot, http.RequestAborted);
        }

        if (report.Snapshot is { } snapshot)
        {
            // Checks the student passed in their terminal count in their progress even if no page was open.
            await progress.RecordAsync(owner.UserId, checks.Evaluate(snapshot), http.RequestAborted);
        }

        return Results.NoContent();
    }

    private static IResult Refuse(int status, string message) => Results.Problem(title: message, statusCode: status);
}
