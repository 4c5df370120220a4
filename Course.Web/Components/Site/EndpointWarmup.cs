namespace Course.Web.Components.Site;

/// <summary>
/// Builds the site's endpoints on pool threads while the main thread starts the hosted services. Kestrel's start builds
/// the pipeline, whose authorization middleware reads every endpoint at once; the Razor components' endpoints are the
/// larger share (their Blazor hub compiles an invoker per hub method), the minimal API endpoints the other (a request
/// delegate each): about 0.3 s of one core on the start path (docs/benchmarks.md, "Session 10: cold start"). Each
/// endpoint source builds its list once, under its own lock, so each gets its own task and the sources build side by
/// side ("Session 16"): the pipeline takes the lists built here, or waits for them.
/// </summary>
internal static class EndpointWarmup
{
    public static void StartBuildingEndpoints(this WebApplication app)
    {
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources.ToArray())
        {
            _ = Task.Run(() =>
            {
                try
                {
                    _ = source.Endpoints;
                }
                catch (Exception)
                {
                    // Only a warm-up: the same error stops Kestrel's start, with its reason in the log.
                }
            });
        }
    }
}
