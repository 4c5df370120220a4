using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Circuits;

/// <summary>
/// Limits how fast one client address opens Blazor circuits: ASP.NET Core's rate limiter on the hub's negotiation
/// (and on a WebSocket that skips it), per remote address, with a French refusal.
/// </summary>
internal static class CircuitLimitRegistration
{
    public const string RefusalMessage =
        "Trop de pages ouvertes depuis votre adresse en peu de temps : patientez quelques secondes, puis rechargez la page.";

    private const string HubPath = "/_blazor";

    public static IHostApplicationBuilder AddCircuitLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CircuitLimitOptions>()
            .BindConfiguration(CircuitLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<CircuitLimitOptions>>((rateLimiter, limits) => Configure(rateLimiter, limits.Value));
        return builder;
    }

    /// <summary>
    /// Only the hub's requests pass through the limiter: its partitioned limiter takes a lock per request, which every
    /// page and asset request contended for (over a quarter of the time spent serving a page-cache hit, in a profile).
    /// </summary>
    public static WebApplication UseCircuitLimits(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(HubPath), hub => hub.UseRateLimiter());
        return app;
    }

    private static void Configure(RateLimiterOptions rateLimiter, CircuitLimitOptions limits)
    {
        rateLimiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            OpensCircuit(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(AddressOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
        rateLimiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CircuitLimitRegistration))
                .CircuitRefused(AddressOf(context), limits.PermitLimit, limits.Window);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Ceiling(limits.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(RefusalMessage, cancellationToken);
        };
    }

    // A circuit starts with a negotiation, or with a WebSocket that skips it (no connection id yet).
    private static bool OpensCircuit(HttpRequest request) =>
        request.Path.StartsWithSegments(HubPath, out var rest)
        && (rest.Equals("/negotiate", StringComparison.OrdinalIgnoreCase)
            || (!rest.HasValue && !request.Query.ContainsKey("id")));

    // Behind a reverse proxy this is the proxy's address unless forwarded headers are applied first.
    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
