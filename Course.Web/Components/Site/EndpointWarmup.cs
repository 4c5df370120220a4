namespace Course.Web.Components.Site;

/// <summary>
/// Builds the site's endpoints on a pool thread while the main thread starts the hosted services (the database, the
/// key ring, the roles). Kestrel's start builds the pipeline, whose authorization middleware reads every endpoint at
/// once; most of that is the Razor components' endpoints, whose Blazor hub compiles an invoker per hub method: about
/// 0.3 s of one core on the start path (docs/benchmarks.md, "Session 10: cold start"), now done on the other core.
/// Each endpoint source builds its list once, under its own lock: the pipeline takes the list built here, or waits
/// for it.
/// </summary>
internal static class EndpointWarmup
{
    public static void StartBuildingEndpoints(this WebApplication app)
    {
        var sources = ((IEndpointRouteBuilder)app).DataSources.ToArray();
        _ = Task.Run(() =>
        {
            try
            {
                foreach (var source in sources)
                {
                    _ = source.Endpoints;
                }
            }
            catch (Exception)
            {
                // Only a warm-up: the same error stops Kestrel's start, with its reason in the log.
            }
        });
    }
}
