using Microsoft.Extensions.Options;

namespace Course.Web.Components.Site;

/// <summary>
/// Builds the site's endpoints (every Razor page, the static assets' routes, the health and account endpoints) on a
/// pool thread while the main thread starts the hosted services (the database, the key ring, the roles). Kestrel's
/// start builds the pipeline, whose authorization middleware reads every endpoint at once: about 0.65 s of one core
/// on the start path (docs/benchmarks.md, "Session 10: cold start"), now done beside the database work on the other
/// core. The endpoint list is built once, under its own lock: the pipeline takes the list built here, or waits for it.
/// </summary>
internal static class EndpointWarmup
{
    public static void StartBuildingEndpoints(this WebApplication app)
    {
        // What the pipeline's UseEndpoints does when Kestrel starts (it skips sources already there): the global
        // endpoint list, the one the authorization middleware reads, is made of the sources mapped on the app.
        var global = app.Services.GetRequiredService<IOptions<RouteOptions>>().Value.EndpointDataSources;
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
        {
            if (!global.Contains(source))
            {
                global.Add(source);
            }
        }

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>();
        _ = Task.Run(() =>
        {
            try
            {
                _ = endpoints.Endpoints;
            }
            catch (Exception)
            {
                // Only a warm-up: the same error stops Kestrel's start, with its reason in the log.
            }
        });
    }
}
