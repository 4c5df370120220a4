using System.Security.Claims;
using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Instructor.Dashboard;
using Course.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Instructor.Exports;

/// <summary>
/// The CSV downloads of a cohort, for its owner only: anonymous visitors are sent to sign in (302), signed-in users
/// without the instructor role get 403, and an instructor who does not own the cohort gets 404, as for a cohort that
/// does not exist, so ids reveal nothing.
/// </summary>
internal static class CohortExportEndpoints
{
    public const string TableFile = "tableau.csv";
    public const string AnswersFile = "reponses.csv";

    public static string TablePath(int cohortId) => $"formateur/cohortes/{cohortId}/export/{TableFile}";

    public static string AnswersPath(int cohortId) => $"formateur/cohortes/{cohortId}/export/{AnswersFile}";

    public static IEndpointRouteBuilder MapCohortExports(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/formateur/cohortes/{id:int}/export");
        group.MapGet($"/{TableFile}", TableAsync);
        group.MapGet($"/{AnswersFile}", AnswersAsync);
        return endpoints;
    }

    private static async Task<IResult> TableAsync(
        int id, HttpContext http, InstructorAccess access, CohortDashboardLoader loader, CohortCsvExporter exporter, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(http.User, id, access, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var dashboard = await loader.LoadAsync(id, cancellationToken);
        if (dashboard is null)
        {
            return TypedResults.NotFound();
        }

        var buffer = new MemoryStream();
        await exporter.WriteTableAsync(dashboard, buffer, cancellationToken);
        buffer.Position = 0;
        return TypedResults.File(buffer, "text/csv; charset=utf-8", $"cohorte-{id}-tableau.csv");
    }

    private static async Task<IResult> AnswersAsync(
        int id, HttpContext http, InstructorAccess access, IDbContextFactory<CourseDbContext> contexts, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(http.User, id, access, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var buffer = new MemoryStream();
        await CohortCsvExporter.WriteAnswersAsync(RawAnswers.Query(context, id).AsAsyncEnumerable(), buffer, cancellationToken);
        buffer.Position = 0;
        return TypedResults.File(buffer, "text/csv; charset=utf-8", $"cohorte-{id}-reponses.csv");
    }

    private static async Task<IResult?> RefuseAsync(ClaimsPrincipal user, int id, InstructorAccess access, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Challenge();
        }

        if (await access.InstructorIdAsync(user, cancellationToken) is null)
        {
            return TypedResults.Text("Accès refusé : les exports sont réservés au formateur de la cohorte.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        return await access.OwnsAsync(user, id, cancellationToken)
            ? null
            : TypedResults.Text("Cohorte introuvable.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
