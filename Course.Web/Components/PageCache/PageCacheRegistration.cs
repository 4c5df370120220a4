using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.PageCache;

internal static class PageCacheRegistration
{
    public static IHostApplicationBuilder AddPageCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PageCacheOptions>()
            .BindConfiguration(PageCacheOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<PageCacheStore>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        DecorateAntiforgery(builder.Services);
        return builder;
    }

    /// <summary>Canonical addresses always; the cache itself when enabled.</summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        app.UseMiddleware<CanonicalPageUrlMiddleware>();
        if (app.Services.GetRequiredService<IOptions<PageCacheOptions>>().Value.Enabled)
        {
            app.UseMiddleware<PageCacheMiddleware>();
        }

        return app;
    }

    // Wraps whatever IAntiforgery the framework registered, so shared page renders mint no per-visitor token.
    private static void DecorateAntiforgery(IServiceCollection services)
    {
        services.AddAntiforgery();
        var framework = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(framework);
        services.Add(ServiceDescriptor.Describe(
            typeof(IAntiforgery),
            sp => new SharedPageAntiforgery(Resolve(sp, framework), sp.GetRequiredService<IOptions<AntiforgeryOptions>>()),
            framework.Lifetime));
    }

    private static IAntiforgery Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IAntiforgery)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
