using System.Text.Json;
using Course.Web.Components.Cluster.Checks;
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
        HttpContext http, LabTokens tokens, LabChecks checks, LabPushRecorder pushes, ILogger<ReportedLabs> logger)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..].Trim() : null;
        if (string.IsNullOrEmpty(token))
        {
            return RefuseToken(logger);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = LabReportValidator.MaxBytes;
        }

        if (http.Request.ContentLength > LabReportValidator.MaxBytes)
        {
            return RefuseTooLarge(logger);
        }

        // The body first, before anything that may wait (the token's database read, the commit): when a class's
        // reporters start in the same second, a body left unread while its request waits runs into Kestrel's minimum
        // data rate and the reporter's timeout.
        using var body = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return RefuseTooLarge(logger);
        }
        catch (BadHttpRequestException exception)
        {
            // A body cut short or too slow (the reporter gave up, or the site was too busy to read it in time) is no
            // oversized report: saying so would send the student looking for the wrong problem.
            logger.PushRefused($"body not received ({exception.StatusCode})");
            return Refuse(exception.StatusCode, "Rapport incomplet : la connexion a été interrompue avant la fin, l’agent le renverra.");
        }

        if (body.Length > LabReportValidator.MaxBytes)
        {
            return RefuseTooLarge(logger);
        }

        (string UserId, string Email)? owner;
        try
        {
            owner = await tokens.ValidateAsync(token, http.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.PushesNotStored(1, exception);
            return NotStored();
        }

        if (owner is null)
        {
            return RefuseToken(logger);
        }

        LabReport? report;
        try
        {
            body.Position = 0;
            report = JsonSerializer.Deserialize<LabReport>(body, Json);
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

        try
        {
            // Checks the student passed in their terminal count in their progress even if no page was open.
            IReadOnlyList<LabCheckResult> results = report!.Snapshot is { } snapshot ? checks.Evaluate(snapshot) : [];
            await pushes.RecordAsync(owner.Value.UserId, owner.Value.Email, report, results, http.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return NotStored();
        }

        return Results.NoContent();
    }

    // Not acknowledged, so the reporter sends its state again at its next change or heartbeat (the cause is logged where it happened).
    private static IResult NotStored() =>
        Refuse(StatusCodes.Status503ServiceUnavailable, "Rapport non enregistré : le site n’a pas pu l’écrire, l’agent le renverra.");

    private static IResult RefuseTooLarge(ILogger logger)
    {
        logger.PushRefused("payload too large");
        return Refuse(StatusCodes.Status413PayloadTooLarge, $"Rapport trop volumineux (au plus {LabReportValidator.MaxBytes / 1024} Ko).");
    }

    private static IResult RefuseToken(ILogger logger)
    {
        logger.PushRefused("unknown or revoked token");
        return Refuse(StatusCodes.Status401Unauthorized, "Jeton inconnu ou révoqué : créez-en un nouveau depuis « Mon cluster ».");
    }

    private static IResult Refuse(int status, string message) => Results.Problem(title: message, statusCode: status);
}
