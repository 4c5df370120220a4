using Course.Web.Components.Account;
using Course.Web.Components.Chapters;
using Course.Web.Components.Circuits;
using Course.Web.Components.Cluster;
using Course.Web.Components.DockerCoins;
using Course.Web.Components.Health;
using Course.Web.Components.Instructor;
using Course.Web.Components.Islands;
using Course.Web.Components.Layout;
using Course.Web.Components.PageCache;
using Course.Web.Components.Progress;
using Course.Web.Components.Proxies;
using Course.Web.Components.Quizzes;
using Course.Web.Components.Search;
using Course.Web.Components.Security;
using Course.Web.Components.Telemetry;
using Course.Web.Data;
using MudBlazor.Services;

namespace Course.Web.Components.Site;

/// <summary>Wires the site shell (Razor components, MudBlazor) and each feature, then the request pipeline.</summary>
internal static class SiteRegistration
{
    public static IHostApplicationBuilder AddCourseSite(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.AddLeanInteropMetadata();
        builder.Services.AddMudServices();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<RememberedDrawerChoice>();
        builder.Services.AddSingleton<BackgroundStartGate>();
        builder.AddCourseData();
        builder.AddAccounts();
        builder.AddChapters();
        builder.AddPageCache();
        builder.AddQuizzes();
        builder.AddProgress();
        builder.AddDockerCoins();
        builder.AddCluster();
        builder.AddTrustedProxies();
        builder.AddCircuitLimits();
        builder.AddSearch();
        builder.AddIslands();
        builder.AddInstructor();
        builder.AddHealth();
        builder.AddTelemetry();
        return builder;
    }

    public static WebApplication UseCourseSite(this WebApplication app)
    {
        // Before all: the gate opens when the first response is sent, whatever answers it.
        app.UseMiddleware<FirstResponseMiddleware>();
        // First: everything after it sees the client's address and scheme, not the Ingress's.
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        // HEAD becomes GET before routing matches (GET-only) endpoints; routing stays first, where the host put it.
        app.UseMiddleware<HeadRequestMiddleware>();
        app.UseRouting();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseCircuitLimits();
        app.UsePageCache();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// Maps every endpoint. Their order among the middleware does not matter (routing reads the app's endpoint sources
    /// when the pipeline is built), so they are mapped first and built beside the pipeline's assembly (EndpointWarmup).
    /// </summary>
    public static WebApplication MapCourseSite(this WebApplication app)
    {
        // Before the Razor components: their fingerprinted asset URLs come from the static assets' manifest.
        app.MapStaticAssets();
        // Blazor's own frame-ancestors 'self' policy off: SecurityHeaders sends a stricter one on every response.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        app.MapHealth();
        app.MapTelemetry();
        app.MapAccounts();
        app.MapInstructor();
        app.MapCluster();
        return app;
    }
}
